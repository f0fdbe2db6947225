// Readability's first pass removes every element whose class or id reads like a sidebar, menu,
// header, footer or comments ("unlikely candidates"), sparing only <body> and what says content
// or article. On many pages the element so named is the page's own wrapper: mdBook's
// <html class="sidebar-visible">, XenForo's <div class="headerMover">, Django's docs' "sidebar-right",
// Steam's <div class="responsive_page_frame with_header">. Its removal leaves too little text, so
// Readability retries WITHOUT the test and keeps every sidebar and menu (mozilla/readability#835,
// declined upstream). On Readability's copy, the root and any element holding most of the body's
// text lose the class and id that would get them removed. Measured on wcxb-dev (issue 11 report).
import { withoutSpaces } from './words';

// Readability 0.6.0's REGEXPS.unlikelyCandidates and okMaybeItsACandidate.
const UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE = /and|article|body|column|content|main|shadow/i;
/**
 * Share of the body's text that makes an element the page's wrapper, not a part of it (as the
 * hidden-wrapper rule's). At 0.5 wcxb-dev gained more pages but lost five: a 77% "footer" of
 * product links, a Steam collection's 89% frame, MDN's two-sidebar layout (59%); at 0.9 none.
 */
export const WRAPPER_SHARE = 0.9;

export function spareWrappers(doc: Document, share = WRAPPER_SHARE): void {
  const root = doc.documentElement;
  root?.removeAttribute('class');
  root?.removeAttribute('id');
  const body = doc.body;
  const total = body ? withoutSpaces(body.textContent ?? '').length : 0;
  if (!body || !total) return;
  for (const el of body.querySelectorAll('[class], [id]')) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if (!UNLIKELY.test(names) || MAYBE.test(names)) continue;
    if (withoutSpaces(el.textContent ?? '').length / total < share) continue;
    el.removeAttribute('class');
    el.removeAttribute('id');
  }
}
