import { t } from '../../platform/i18n';
import type { AiKeyPoints } from './use-ai-key-points';

/** Notes above the list: model download progress, or why the AI key points are not shown. */
export function AiNotes({ ai }: { ai: AiKeyPoints }) {
  return (
    <>
      {ai.progress !== null && (
        <p class="ns-note" role="status">
          {t('aiDownloading', Math.round(ai.progress * 100))}
        </p>
      )}
      {ai.note && <p class="ns-note">{t('aiFallbackNote', ai.note)}</p>}
    </>
  );
}

/** The switch between the local key sentences and the on-device AI key points. */
export function AiButtons({ ai }: { ai: AiKeyPoints }) {
  if (ai.availability && ai.takeaways.source === 'local') {
    return (
      <button type="button" class="ns-button ns-quiet" onClick={ai.start}>
        {ai.availability === 'downloadable' ? t('aiStartDownload') : t('aiStart')}
      </button>
    );
  }
  if (ai.takeaways.source === 'ai') {
    return (
      <button type="button" class="ns-button ns-quiet" onClick={ai.useLocal}>
        {t('aiShowLocal')}
      </button>
    );
  }
  return null;
}
