// Injected into the reader's tab on demand (never declared as a content script). It only
// registers the extractor; the background then calls it with executeScript({ func }), so the
// result comes back as plain data.
import { errorMessage } from '../core/errors';
import { extractArticle } from '../core/extract-article';
import { failure } from '../core/failure';
import { MESSAGES } from '../core/messages';
import type { ExtractResult } from '../core/types';

declare global {
  var __nutshellExtract: ((force: boolean) => ExtractResult) | undefined;
}

globalThis.__nutshellExtract = (force) => {
  // Firefox renders PDFs with pdf.js in a normal-looking document; Chrome's viewer is unscriptable.
  if (document.contentType === 'application/pdf') return failure('restricted', MESSAGES.pdf);
  try {
    return extractArticle(document, { url: location.href, force });
  } catch (error) {
    return failure('error', MESSAGES.couldNotRead(errorMessage(error)));
  }
};
