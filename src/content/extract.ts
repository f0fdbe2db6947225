// Injected into the reader's tab on demand (never declared as a content script). It only
// registers the extractor; the extension page then calls it with executeScript({ func }), so the
// result comes back as plain data. Everything it defines lives in the extension's isolated world:
// the page's own scripts see no Nutshell globals and no listeners (tests/e2e/size.e2e.ts checks).
import { errorMessage } from '../core/errors';
import { extractArticle } from '../core/extract-article';
import { decodePage } from '../core/extract/charset';
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
  var __nutshellNextPage: ((url: string, shown: string[]) => Promise<ExtractResult>) | undefined;
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

/** A following page larger than this is not an article page. */
const MAX_NEXT_PAGE_BYTES = 5_000_000;

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
  return failure('no-article', MESSAGES.inFrame(frame.host)); // in the UI's language: the translator above
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

/**
 * The next page of a multi-page article (features/next-page): fetched from the page's own origin
 * in the page's context (its cookies, no new permission), parsed with DOMParser, read by the same
 * pipeline with the blocks already shown dropped. Only ever a same-origin http(s) URL.
 */
globalThis.__nutshellNextPage = async (url, shown) => {
  try {
    const target = new URL(url, location.href);
    if (target.origin !== location.origin) return failure('restricted', 'not the page\'s own site');
    const response = await fetch(target.href, { credentials: 'same-origin', redirect: 'follow' });
    if (!response.ok) return failure('error', `HTTP ${response.status}`);
    if (new URL(response.url || target.href).origin !== location.origin) return failure('restricted', 'redirected to another site');
    const type = response.headers.get('content-type');
    if (!/html/i.test(type ?? 'text/html')) return failure('no-article');
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.byteLength > MAX_NEXT_PAGE_BYTES) return failure('too-large');
    const html = decodePage(bytes, type, document.characterSet);
    const doc = new DOMParser().parseFromString(html, 'text/html');
    // DOMParser's document has this page's URL: relative links must resolve against the fetched one.
    if (!doc.querySelector('base[href]')) {
      const base = doc.createElement('base');
      base.href = response.url || target.href;
      doc.head.prepend(base);
    }
    return extractArticle(doc, { url: response.url || target.href, shown });
  } catch (error) {
    return failure('error', errorMessage(error));
  }
};
