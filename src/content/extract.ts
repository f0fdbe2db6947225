// Injected into the reader's tab on demand (never declared as a content script). It only
// registers the extractor; the extension page then calls it with executeScript({ func }), so the
// result comes back as plain data. Everything it defines lives in the extension's isolated world:
// the page's own scripts see no Nutshell globals and no listeners (tests/e2e/size.e2e.ts checks).
import { errorMessage } from '../core/errors';
import { extractArticle } from '../core/extract-article';
import { mainFrame } from '../core/extract/frames';
import { failure } from '../core/failure';
import { setTranslator } from '../core/i18n/translator';
import { MESSAGES } from '../core/messages';
import { stopwordFile, stopwordKey } from '../core/text/stopword-key';
import type { ExtractCall, ExtractResult } from '../core/types';
import { stopwordList } from './stopword-source';

declare global {
  var __nutshellExtract: ((force: boolean) => ExtractCall) | undefined;
  // The isolated world's own extension API (Chrome's name; Firefox has it too): only i18n is used.
  var chrome: { i18n?: { getMessage(key: string, subs?: string[]): string } } | undefined;
}

// Failures built here speak the browser's UI language, as the page showing them does (no polyfill:
// this script is injected into every page read, and i18n is synchronous anyway). Benchmarks load it
// into plain pages, where there is no extension API: messages then show their keys.
const i18n = globalThis.chrome?.i18n;
if (i18n) {
  const lang = i18n.getMessage('localeCode') || 'en'; // as platform/i18n.ts: the shown messages' language
  const numbers = new Intl.NumberFormat(lang);
  setTranslator({
    lang,
    text: (key, subs) => i18n.getMessage(key, subs?.map((s) => (typeof s === 'number' ? numbers.format(s) : s))) || key,
  });
}

globalThis.__nutshellExtract = (force) => {
  // Firefox renders PDFs with pdf.js in a normal-looking document; Chrome's viewer is unscriptable.
  if (document.contentType === 'application/pdf') return failure('restricted', MESSAGES.pdf);
  // The article's language is the <html lang> (Readability reads the same attribute). Its stop
  // words come as a separate file: ask for it before doing any work (the page may have changed
  // language since the extension page looked).
  try {
    const lang = pageLang();
    const file = stopwordFile(lang);
    if (file && !stopwordList(stopwordKey(lang))) return { needs: file };
    return withFrames(document, location.href, force, 0);
  } catch (error) {
    return failure('error', MESSAGES.couldNotRead(errorMessage(error)));
  }
};

/**
 * The top document first; when it gives no article and its content is a frame (a frameset, or an
 * iframe filling most of the window), a same-origin frame's article, or a message naming the
 * frame's site (another origin: the reader's click granted this site only).
 */
function withFrames(doc: Document, url: string, force: boolean, depth: number): ExtractResult {
  const result = extractArticle(doc, { url, force });
  if (result.ok || depth >= 3 || (result.error.kind !== 'no-article' && result.error.kind !== 'not-readerable')) return result;
  const frame = mainFrame(doc);
  if (!frame) return result;
  if (frame.kind === 'same-origin') return withFrames(frame.doc, frame.url, force, depth + 1);
  const i18n = (globalThis as { chrome?: { i18n?: { getMessage(key: string, subs?: string[]): string } } }).chrome?.i18n;
  return failure('no-article', i18n?.getMessage('framesCrossOrigin', [frame.host]) || MESSAGES.inFrame(frame.host));
}

/**
 * The <html lang>, read through the prototypes: document's named properties override its built-ins
 * ([LegacyOverrideBuiltIns]), so `<img name="documentElement">` on the page replaces
 * document.documentElement even in our isolated world (the attack corpus does this).
 */
function pageLang(): string | null {
  const root = Object.getOwnPropertyDescriptor(Document.prototype, 'documentElement')?.get?.call(document) as Element | null;
  return root ? Element.prototype.getAttribute.call(root, 'lang') : null;
}
