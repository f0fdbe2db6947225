import type { SaveState } from './use-save';

export function SaveButton({ state, disabled, onSave }: { state: SaveState; disabled: boolean; onSave: () => void }) {
  return (
    <button type="button" class="ns-button" onClick={onSave} disabled={disabled || state.kind === 'saving'}>
      {state.kind === 'saved' && !state.earlier ? 'Saved' : 'Save takeaways'}
    </button>
  );
}

/** What happened to the last save, next to the buttons. */
export function SaveStatus({ state }: { state: SaveState }) {
  if (state.kind === 'saved') {
    return (
      <span role="status" class="ns-note">
        {state.earlier ? `You saved this on ${new Date(state.at).toLocaleDateString()}.` : 'Saved to your takeaways.'}
      </span>
    );
  }
  if (state.kind === 'failed') {
    return (
      <span role="alert" class="ns-error">
        {state.message}
      </span>
    );
  }
  return null;
}
