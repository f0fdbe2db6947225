import { t } from '../platform/i18n';
import { failureHeading } from '../core/messages';
import type { ExtractFailure } from '../core/types';

/** A failure in words, with "Show anyway" where trying harder may still find an article. */
export function FailureView({ failure, onForce }: { failure: ExtractFailure; onForce: () => void }) {
  return (
    <main class="ns-page" data-state="error">
      <div class="ns-failure" role="alert" data-kind={failure.kind}>
        <h1>{failureHeading(failure.kind)}</h1>
        <p>{failure.message}</p>
        {failure.kind === 'not-readerable' && (
          <button type="button" class="ns-button" onClick={onForce}>
            {t('failShowAnyway')}
          </button>
        )}
      </div>
    </main>
  );
}
