// Save's controls under the takeaways box: "Save takeaways"; then "Saved · Open library · Remove";
// or, when storage holds other takeaways for this page, those items with their date and
// "Update saved takeaways". In the popup the first button named "Save…" saves (a contract).
import { t, uiLanguage } from '../../platform/i18n';
import type { Save } from './use-save';

export function SaveControls({ save, disabled }: { save: Save; disabled: boolean }) {
  const { state, busy } = save;
  if (state.kind === 'checking' || state.kind === 'unsaved') {
    return (
      <button type="button" class="ns-button" onClick={() => void save.save()} disabled={disabled || busy || state.kind === 'checking'}>
        {t('saveButton')}
      </button>
    );
  }
  if (state.kind === 'newer') return <span class="ns-note">{state.message}</span>;
  if (state.kind === 'saved') {
    return (
      <span class="ns-saved">
        <button type="button" class="ns-button" disabled aria-describedby="ns-saved-note">{t('saveSaved')}</button>
        <a class="ns-button ns-quiet" href="library.html" target="_blank" rel="noopener">{t('saveOpenLibrary')}</a>
        <button type="button" class="ns-button ns-quiet" onClick={() => void save.remove()} disabled={busy}>{t('saveRemove')}</button>
      </span>
    );
  }
  return (
    <button type="button" class="ns-button" onClick={() => void save.update()} disabled={disabled || busy}>
      {t('saveUpdate')}
    </button>
  );
}

/** The line next to the buttons: what storage holds, or why a write was refused. */
export function SaveStatus({ save }: { save: Save }) {
  const { state } = save;
  return (
    <>
      {save.error && <span role="alert" class="ns-error">{save.error}</span>}
      {state.kind === 'saved' && (
        <span role="status" id="ns-saved-note" class="ns-note">
          {t('saveSavedOn', new Date(state.record.updatedAt).toLocaleDateString(uiLanguage()))}
        </span>
      )}
      {state.kind === 'differs' && (
        <div role="status" class="ns-note ns-stored">
          <p>{t('saveDiffers', new Date(state.record.updatedAt).toLocaleDateString(uiLanguage()))}</p>
          {state.record.takeaways.items.map((item, i) => <p key={i} class="ns-stored-item">{item}</p>)}
          {state.record.note && <p class="ns-stored-item">{t('saveNote', state.record.note)}</p>}
        </div>
      )}
    </>
  );
}
