import type { ExtractFailure, ExtractFailureKind } from '../core/types';

const HEADINGS: Record<ExtractFailureKind, string> = {
  restricted: "Nutshell can't read this page",
  'not-readerable': 'No article here?',
  'no-article': 'No article found',
  'too-large': 'This page is too large',
  timeout: 'The page did not answer',
  'no-tab': 'Nothing to read',
  error: 'Something went wrong',
};

export function FailureView({ failure, onForce }: { failure: ExtractFailure; onForce: () => void }) {
  return (
    <main class="ns-page" data-state="error">
      <div class="ns-failure" role="alert" data-kind={failure.kind}>
        <h1>{HEADINGS[failure.kind]}</h1>
        <p>{failure.message}</p>
        {failure.kind === 'not-readerable' && (
          <button type="button" class="ns-button" onClick={onForce}>
            Show anyway
          </button>
        )}
      </div>
    </main>
  );
}
