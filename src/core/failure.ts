// Typed failures with the message a reader sees. Kept apart from the extractor so the
// background and the UI can build failures without bundling Readability.
import type { ExtractFailureKind, ExtractResult } from './types';

const MESSAGES: Record<ExtractFailureKind, string> = {
  restricted: "Browsers don't let extensions read this page.",
  'not-readerable': "This page doesn't look like an article. Nutshell can still try to find one.",
  'no-article': "Nutshell couldn't find an article on this page.",
  'too-large': 'This page is too large to read safely in Nutshell.',
  timeout: 'The page took too long to answer. Reload it and try again.',
  'no-tab': 'There is no tab to read.',
  error: 'Something went wrong while reading this page.',
};

export function failure(kind: ExtractFailureKind, message = MESSAGES[kind]): ExtractResult {
  return { ok: false, error: { kind, message } };
}
