// Boilerplate Readability keeps inside the article's container: share bars, newsletter boxes,
// "Related" lists, author-bio headers, cookie notices. Removed only when the block is short and
// its words say what it is, so a paragraph that merely mentions a newsletter stays.
import { wordsOf } from './words';

/** A boilerplate block is a line or two; longer blocks are content whatever they say. */
const MAX_WORDS = 40;

const BLOCK_PATTERNS = [
  /^(share( this( article| post| story| page)?)?|share (on|via) \w+|tweet( this)?|pin it|print( this)?( article| page)?|email( this)?)\b/i,
  /\b(sign up|subscribe|join)\b.{0,80}\b(newsletter|inbox|mailing list|email updates)\b/i,
  /\b(we use cookies|this (web)?site uses cookies|cookie (policy|settings|preferences)|accept (all )?cookies)\b/i,
  /^(advertisement|sponsored content|skip to (main )?content|back to top)$/i,
];

/** Headings that introduce a block of links or a bio, which goes with them. */
const HEADING_PATTERNS = /^(related( articles| posts| stories| content| reading)?|you (may|might) also like|more (from|stories|on|like this)\b.*|read (more|next|also)|recommended( for you| reading)?|popular (posts|stories|articles)|about the author|trending( now)?)\s*:?$/i;

export function removeBoilerplate(content: Element): number {
  let removed = 0;
  for (const el of [...content.querySelectorAll('p, div, section, ul, ol, li, span, h2, h3, h4, h5, h6')]) {
    if (!content.contains(el)) continue; // inside a block removed already
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) continue;
    if (/^H[2-6]$/.test(el.tagName.toUpperCase()) && HEADING_PATTERNS.test(text)) {
      const next = el.nextElementSibling;
      if (next && isLinkList(next)) next.remove();
      el.remove();
      removed++;
      continue;
    }
    if (wordsOf(text).length > MAX_WORDS) continue;
    if (BLOCK_PATTERNS.some((pattern) => pattern.test(text))) {
      el.remove();
      removed++;
    }
  }
  return removed;
}

function isLinkList(el: Element): boolean {
  const all = wordsOf(el.textContent ?? '').length;
  let linked = 0;
  for (const link of el.getElementsByTagName('a')) linked += wordsOf(link.textContent ?? '').length;
  return all > 0 && linked / all > 0.6;
}
