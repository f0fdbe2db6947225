// "Open reader tab" in the popup. A failed call says why instead of doing nothing.
import { t } from '../../platform/i18n';
import { useState } from 'preact/hooks';
import { errorMessage } from '../../core/errors';
import { MESSAGES } from '../../core/messages';
import { call } from '../../platform/protocol';

export function OpenReaderButton({ tabId }: { tabId: number }) {
  const [error, setError] = useState<string | null>(null);
  const open = () => {
    setError(null);
    call('openReader', { tabId }).then(
      () => window.close(),
      (e: unknown) => setError(MESSAGES.readerNotOpened(errorMessage(e))),
    );
  };
  return (
    <>
      <button type="button" class="ns-button ns-quiet" onClick={open}>
        {t('openReaderButton')}
      </button>
      {error && <span role="alert" class="ns-error">{error}</span>}
    </>
  );
}
