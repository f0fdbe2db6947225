// Typed failures with the message a reader sees. Kept apart from the extractor so the
// background and the UI can build failures without bundling Readability.
import { MESSAGES } from './messages';
import type { ExtractFailureKind, ExtractResult } from './types';

// Read when a failure is built, not at import: the translator is installed after modules load.
const DEFAULTS: Record<ExtractFailureKind, () => string> = {
  restricted: () => MESSAGES.restricted,
  'not-readerable': () => MESSAGES.notReaderable,
  'no-article': () => MESSAGES.noArticle,
  'too-large': () => MESSAGES.tooLarge,
  timeout: () => MESSAGES.timeout,
  'no-tab': () => MESSAGES.noTab,
  error: () => MESSAGES.error,
};

export function failure(kind: ExtractFailureKind, message = DEFAULTS[kind]()): ExtractResult {
  return { ok: false, error: { kind, message } };
}
