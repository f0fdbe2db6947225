// The path of one article, in the page: the author's takeaways box on the LIVE document →
// Readability on a CLONE (parse() mutates and strips asides) → "is this an article?" measured on
// the result → a plain Article. A reader's click is a request, not a guess: the readerable gate
// that refused before Readability ran is kept only for the CLI's --strict (issue 11).
// Pure DOM code: runs in the injected content script, and in Node (linkedom) for the CLI.
import { isProbablyReaderable } from '@mozilla/readability';
import { notAnArticle, notArticleMessage } from './extract/article-check';
import { beyondReadability, type Rules } from './extract/beyond-readability';
import { dropShown, shownBlocks } from './extract/drop-shown';
import { findNextPage } from './extract/next-page';
import { pageShape } from './extract/page-shape';
import { readWithFallbacks } from './extract/read-with-fallbacks';
import { findBox } from './takeaways/find-box';
import { keySentences } from './takeaways/key-sentences';
import { blockText, collapseWhitespace } from './text/block-text';
import { proseText } from './text/prose';
import { readingMinutes } from './reading-time';
import { failure } from './failure';
import { findCanonicalUrl } from './library/canonical';
import { MESSAGES } from './messages';
import { serializeArticle } from './serialize';
import type { Article, ExtractResult, Takeaways } from './types';

/** Past this many elements parsing stalls the tab for seconds; wikipedia-2 has ~9,900. */
export const MAX_ELEMENTS = 60_000;

export interface ExtractOptions {
  /** The tab's real URL. */
  url: string;
  /** "Show anyway": keep what Readability found even when it doesn't look like an article. */
  force?: boolean;
  /** The old readerable gate, before Readability runs (CLI --strict); ignored when forced. */
  strict?: boolean;
  maxElements?: number;
  /** Rules beyond Readability (all on by default); bench:quality switches them off one by one. */
  rules?: Rules;
  /**
   * A following page of a multi-page article (features/next-page): the texts already shown. Their
   * blocks are dropped from this page; no takeaways box or key sentences, no "is it an article".
   */
  shown?: readonly string[];
}

/** Never throws: an exception anywhere inside extraction becomes a typed 'error' failure. */
export function extractArticle(doc: Document, options: ExtractOptions): ExtractResult {
  try {
    return extract(doc, options);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return failure('error', MESSAGES.layout(detail));
  }
}

function extract(doc: Document, options: ExtractOptions): ExtractResult {
  // linkedom (the CLI) answers 0 to getElementsByTagName('*'); browsers answer at once from a live list.
  const elements = doc.getElementsByTagName('*').length || doc.querySelectorAll('*').length;
  const limit = options.maxElements ?? MAX_ELEMENTS;
  if (elements > limit) {
    return failure('too-large', MESSAGES.tooManyElements(elements, limit));
  }
  if (options.strict && !options.force && !isProbablyReaderable(doc)) return failure('not-readerable');

  const following = options.shown !== undefined;
  const box = following ? null : findBox(doc);
  const found = readWithFallbacks(doc, options.url, options.rules);
  if (!found) return failure('no-article');
  const { parsed } = found;
  const kept = beyondReadability(found.source, found, options.rules);
  const { content } = kept;
  let { text } = kept;
  if (options.shown && dropShown(content, shownBlocks(options.shown)) > 0) text = blockText(content);
  if (!text) return failure('no-article');
  const why = options.force || following ? null : notAnArticle(pageShape(content, text));
  if (why) return failure('not-readerable', notArticleMessage(why));
  const title = (parsed.title ?? '').trim() || doc.title.trim() || options.url;
  const lang = parsed.lang || doc.documentElement?.getAttribute('lang') || null;
  const takeaways: Takeaways = box
    ? { source: 'page', items: box.items, box: { label: box.label, kind: box.kind } }
    : { source: 'local', items: following ? [] : localTakeaways(content, text, { lang }) };

  const article: Article = {
    url: options.url,
    canonicalUrl: findCanonicalUrl(doc),
    title,
    byline: clean(parsed.byline),
    siteName: clean(parsed.siteName),
    lang,
    dir: parsed.dir === 'rtl' || parsed.dir === 'ltr' ? parsed.dir : null,
    publishedTime: clean(parsed.publishedTime),
    html: serializeArticle(content),
    text,
    readingMinutes: readingMinutes(text),
    takeaways,
    nextPage: findNextPage(doc, options.url),
  };
  return { ok: true, article };
}

/** Key sentences from the prose; a page that is all code or tables (an RFC in <pre>) uses all its text. */
function localTakeaways(content: Element, text: string, options: { lang: string | null }): string[] {
  const fromProse = keySentences(proseText(content), options);
  return fromProse.length > 0 ? fromProse : keySentences(text, options);
}

function clean(value: string | null | undefined): string | null {
  return value ? collapseWhitespace(value) || null : null;
}
