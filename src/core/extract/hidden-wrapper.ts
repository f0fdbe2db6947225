// Pages that hide their whole content until their own script runs: Next.js sites ship
// `<div style="visibility:hidden">` around the page (geeksforgeeks), others a `hidden` attribute
// on the main wrapper (recharged.com, tigerdata.com) that a script removes. Readability drops
// hidden nodes, so in a copy of the page taken before that script ran (the CLI, a saved page, a
// click during loading) it finds nothing. When it found little, it gets a copy with such a wrapper
// shown: only an element that holds nearly all of the page's text (the page itself is hidden), so a
// closed menu, a modal or a hidden passage stays hidden (Readability's `visibility-hidden` test page
// hides 60% of its text on purpose and keeps it hidden).
import { textLength } from './words';

/** Share of the body's text a hidden element must hold to be the page, not a part of it (wcxb-dev: 0.94–1.0). */
const MOST_OF_PAGE = 0.9;
const HIDING_STYLE = /(visibility\s*:\s*hidden|display\s*:\s*none)\s*(!important)?\s*;?/gi;

const HIDDEN = '[hidden], [aria-hidden="true"], [style*="hidden"], [style*="none"]';

export function revealHiddenWrapper(doc: Document): Document | null {
  const body = doc.body;
  const total = body ? textLength(body) : 0;
  if (!body || !total) return null;
  // Which hidden elements hold the page, by their place in the list: the copy lists the same ones.
  const page = [...body.querySelectorAll(HIDDEN)].flatMap((el, i) => (textLength(el) / total > MOST_OF_PAGE ? [i] : []));
  if (!page.length) return null;
  const copy = doc.cloneNode(true) as Document;
  const hidden = [...copy.body!.querySelectorAll(HIDDEN)];
  for (const el of page.map((i) => hidden[i]!)) {
    const style = el.getAttribute('style');
    const shown = style?.replace(HIDING_STYLE, '');
    if (shown !== undefined && shown !== style) el.setAttribute('style', shown);
    el.removeAttribute('hidden');
    el.removeAttribute('aria-hidden');
  }
  return copy;
}
