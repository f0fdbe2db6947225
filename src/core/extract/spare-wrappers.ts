// Readability's first pass removes every element whose class or id reads like a sidebar, menu,
// header, footer or comments ("unlikely candidates"), sparing only <body> and what says content
// or article. On many pages the element so named is the page's own wrapper: mdBook's
// <html class="sidebar-visible">, XenForo's <div class="headerMover">, Django's docs' "sidebar-right",
// Steam's <div class="responsive_page_frame with_header">. Its removal leaves too little text, so
// Readability retries WITHOUT the test and keeps every sidebar and menu (mozilla/readability#835,
// declined upstream). On Readability's copy, the root and any element holding most of the body's
// text lose the class and id that would get them removed. Measured on wcxb-dev (issue 11 report).
import { Readability } from '@mozilla/readability';
import { textLength } from './words';

// Readability's own tests (its REGEXPS are on the prototype, untyped): the names it removes, and
// the names that save an element from removal.
const { unlikelyCandidates: UNLIKELY, okMaybeItsACandidate: MAYBE } = (Readability.prototype as unknown as {
  REGEXPS: Record<'unlikelyCandidates' | 'okMaybeItsACandidate', RegExp>;
}).REGEXPS;
/**
 * Share of the body's text that makes an element the page's wrapper, not a part of it (as the
 * hidden-wrapper rule's). At 0.5 wcxb-dev gained more pages but lost five: a 77% "footer" of
 * product links, a Steam collection's 89% frame, MDN's two-sidebar layout (59%); at 0.9 none.
 */
const WRAPPER_SHARE = 0.9;

export function spareWrappers(doc: Document): void {
  const root = doc.documentElement;
  root?.removeAttribute('class');
  root?.removeAttribute('id');
  const body = doc.body;
  if (!body) return;
  const named = [...body.querySelectorAll('[class], [id]')].filter((el) => {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    return UNLIKELY.test(names) && !MAYBE.test(names);
  });
  if (!named.length) return;
  const total = textLength(body); // only on pages with such names: a copy of the whole text
  for (const el of named) {
    if (!total || textLength(el) / total < WRAPPER_SHARE) continue;
    el.removeAttribute('class');
    el.removeAttribute('id');
  }
}
