import type { AiKeyPoints } from './use-ai-key-points';

/** Notes above the list: model download progress, or why the AI key points are not shown. */
export function AiNotes({ ai }: { ai: AiKeyPoints }) {
  return (
    <>
      {ai.progress !== null && (
        <p class="ns-note" role="status">
          Downloading the on-device model… {Math.round(ai.progress * 100)}%
        </p>
      )}
      {ai.note && <p class="ns-note">{ai.note} Showing key sentences instead.</p>}
    </>
  );
}

/** The switch between the local key sentences and the on-device AI key points. */
export function AiButtons({ ai }: { ai: AiKeyPoints }) {
  if (ai.availability && ai.takeaways.source === 'local') {
    return (
      <button type="button" class="ns-button ns-quiet" onClick={ai.start}>
        {ai.availability === 'downloadable' ? 'On-device AI key points (downloads a model)' : 'On-device AI key points'}
      </button>
    );
  }
  if (ai.takeaways.source === 'ai') {
    return (
      <button type="button" class="ns-button ns-quiet" onClick={ai.useLocal}>
        Show key sentences
      </button>
    );
  }
  return null;
}
