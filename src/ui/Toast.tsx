// A toast with one action. It closes by itself after `ms` (or on Escape, or its close button);
// `onClose` is when the action it offers to undo really happens.
import { t } from '../platform/i18n';
import { useEffect } from 'preact/hooks';

interface Props {
  message: string;
  action: string;
  onAction: () => void;
  onClose: () => void;
  ms?: number;
}

export function Toast({ message, action, onAction, onClose, ms = 6000 }: Props) {
  useEffect(() => {
    const timer = setTimeout(onClose, ms);
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    addEventListener('keydown', onKey);
    return () => (clearTimeout(timer), removeEventListener('keydown', onKey));
  }, [message]);
  return (
    <div class="ns-toast" role="status">
      <span>{message}</span>
      <button type="button" class="ns-button" onClick={onAction}>{action}</button>
      <button type="button" class="ns-link" onClick={onClose} aria-label={t('toastClose')}>✕</button>
    </div>
  );
}
