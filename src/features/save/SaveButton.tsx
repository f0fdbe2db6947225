// Save's controls under the takeaways box: "Save takeaways"; then "Saved · Open library · Remove";
// or, when storage holds other takeaways for this page, those items with their date and
// "Update saved takeaways". In the popup the first button named "Save…" saves (a contract).
import type { Save } from './use-save';

export function SaveControls({ save, disabled }: { save: Save; disabled: boolean }) {
  const { state, busy } = save;
  if (state.kind === 'checking' || state.kind === 'unsaved') {
    return (
      <button type="button" class="ns-button" onClick={() => void save.save()} disabled={disabled || busy || state.kind === 'checking'}>
        Save takeaways
      </button>
    );
  }
  if (state.kind === 'newer') return <span class="ns-note">{state.message}</span>;
  if (state.kind === 'saved') {
    return (
      <span class="ns-saved">
        <button type="button" class="ns-button" disabled aria-describedby="ns-saved-note">Saved</button>
        <a class="ns-button ns-quiet" href="library.html" target="_blank" rel="noopener">Open library</a>
        <button type="button" class="ns-button ns-quiet" onClick={() => void save.remove()} disabled={busy}>Remove</button>
      </span>
    );
  }
  return (
    <button type="button" class="ns-button" onClick={() => void save.update()} disabled={disabled || busy}>
      Update saved takeaways
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
          Saved {new Date(state.record.updatedAt).toLocaleDateString()} to your library.
        </span>
      )}
      {state.kind === 'differs' && (
        <div role="status" class="ns-note ns-stored">
          <p>You saved other takeaways for this page on {new Date(state.record.updatedAt).toLocaleDateString()}:</p>
          {state.record.takeaways.items.map((item, i) => <p key={i} class="ns-stored-item">{item}</p>)}
          {state.record.note && <p class="ns-stored-item">Note: {state.record.note}</p>}
        </div>
      )}
    </>
  );
}
