// The `?` overlay: a real modal <dialog> (the rest of the page is inert while it is open) that
// lists the reader's keys. Focus goes into it on open and back where it was on close; Escape,
// `?` and the Close button close it.
import { useLayoutEffect, useRef } from 'preact/hooks';
import { t, type MessageKey } from '../../platform/i18n';
import { KEY_LIST, type KeyAction } from './keys';

const LABELS: Record<KeyAction, MessageKey> = {
  larger: 'keysLarger', smaller: 'keysSmaller', theme: 'keysTheme',
  'read-aloud': 'keysReadAloud', contents: 'keysContents', help: 'keysHelp',
};

export function KeysHelp({ open, onClose }: { open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const back = useRef<HTMLElement | null>(null);

  // A layout effect: the dialog is open (and holds the focus) as soon as the render is committed.
  useLayoutEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      back.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      d.showModal();
      close.current?.focus();
    } else if (!open && d.open) {
      d.close();
      const to = back.current;
      back.current = null;
      if (to?.isConnected) to.focus();
    }
  }, [open]);

  const onKeyDown = (e: KeyboardEvent) => {
    // Escape is also the dialog's own "cancel"; handled here so it closes the same way everywhere.
    if (e.key === 'Escape' || (e.key === '?' && !e.ctrlKey && !e.altKey && !e.metaKey)) {
      e.preventDefault();
      onClose();
    }
  };
  return (
    <dialog ref={dialog} class="ns-keys-help" aria-labelledby="ns-keys-title" onKeyDown={onKeyDown} onClose={onClose}
      onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <h2 id="ns-keys-title">{t('keysTitle')}</h2>
      <dl class="ns-keys-list">
        {KEY_LIST.map(({ keys, action }) => (
          <div key={action}>
            <dt>{keys.map((k) => <kbd key={k}>{k}</kbd>)}</dt>
            <dd>{t(LABELS[action])}</dd>
          </div>
        ))}
        <div>
          <dt><kbd>Esc</kbd></dt>
          <dd>{t('keysClose')}</dd>
        </div>
      </dl>
      <p class="ns-note">{t('keysNote')}</p>
      <button ref={close} type="button" class="ns-button" onClick={onClose}>{t('keysCloseButton')}</button>
    </dialog>
  );
}
