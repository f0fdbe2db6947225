// The path of one article, in the page: readerable gate → the author's takeaways box on the LIVE
// document → Readability on a CLONE (parse() mutates and strips asides) → a plain Article.
// Pure DOM code: runs in the injected content script, and in Node (linkedom) for the CLI.
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { findBox } from './takeaways/find-box';
import { keySentences } from './takeaways/key-sentences';
import { blockText, collapseWhitespace } from './text/block-text';
import { proseText } from './text/prose';
import { readingMinutes } from './reading-time';
import { failure } from './failure';
import type { Article, ExtractResult, Takeaways } from './types';

/** Past this many elements parsing stalls the tab for seconds; wikipedia-2 has ~9,900. */
export const MAX_ELEMENTS = 60_000;

export interface ExtractOptions {
  /** The tab's real URL. */
  url: string;
  /** Skip the readerable gate ("Show anyway"). */
  force?: boolean;
  maxElements?: number;
}

export function extractArticle(doc: Document, options: ExtractOptions): ExtractResult {
  const elements = doc.getElementsByTagName('*').length;
  const limit = options.maxElements ?? MAX_ELEMENTS;
  if (elements > limit) {
    return failure('too-large', `This page has ${elements.toLocaleString('en')} elements, more than Nutshell reads (${limit.toLocaleString('en')}).`);
  }
  if (!options.force && !isProbablyReaderable(doc)) return failure('not-readerable');

  const box = findBox(doc);
  const clone = doc.cloneNode(true) as Document;
  // `caption` is the class upstream's own tests preserve; the serializer hands us the element so
  // the text is computed from the same tree the HTML comes from.
  const parsed = new Readability<Element>(clone, { classesToPreserve: ['caption'], serializer: (el) => el as Element }).parse();
  const content = parsed?.content;
  if (!parsed || !content) return failure('no-article');

  const text = blockText(content);
  if (!text) return failure('no-article');
  const title = (parsed.title ?? '').trim() || doc.title.trim() || options.url;
  const lang = parsed.lang || doc.documentElement?.getAttribute('lang') || null;
  const takeaways: Takeaways = box
    ? { source: 'page', items: box.items, box: { label: box.label, kind: box.kind } }
    : { source: 'local', items: localTakeaways(content, text, { lang }) };

  const article: Article = {
    url: options.url,
    title,
    byline: clean(parsed.byline),
    siteName: clean(parsed.siteName),
    lang,
    dir: parsed.dir === 'rtl' || parsed.dir === 'ltr' ? parsed.dir : null,
    publishedTime: clean(parsed.publishedTime),
    excerpt: clean(parsed.excerpt),
    html: content.innerHTML,
    text,
    readingMinutes: readingMinutes(text),
    takeaways,
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
