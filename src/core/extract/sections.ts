// Pages of several sections (AsciiDoc's `div.sect1`, Sphinx's `section`, man pages on the web):
// Readability scores each section apart and keeps the biggest, so git-scm.com's git-commit page
// lost NAME, SYNOPSIS, DESCRIPTION and EXAMPLES around OPTIONS. The same search as the thread
// rule (repeated-posts.ts: a run of same-shape siblings holding Readability's text and much more)
// finds the run; it is the article's sections when it is not a thread and its blocks open with
// their headings. Measured on wcxb-dev, both host halves (issue 11 report).

import { findPosts, holdsOpening } from './repeated-posts';

const HEADING = /^H[1-6]$/;

/** The largest run that opens with headings and holds Readability's opening words, in order. */
export function findSections(doc: Document, keptText: string): Element[] | null {
  return findPosts(doc, keptText, (run) => opensWithHeadings(run) && holdsOpening(run, keptText));
}

/** Sections, not a page's two halves (a language menu beside the document), come three or more. */
const MIN_SECTIONS = 3;

/** Every block but the first (a preamble) opens with a heading: its first text is in an h1–h6. */
export function opensWithHeadings(blocks: readonly Element[]): boolean {
  return blocks.length >= MIN_SECTIONS && blocks.slice(1).every(opensWithHeading);
}

function opensWithHeading(block: Element): boolean {
  const doc = block.ownerDocument;
  const walker = doc.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.nodeValue?.trim()) continue;
    for (let el = node.parentElement; el && el !== block.parentElement; el = el.parentElement) {
      if (HEADING.test(el.tagName)) return true;
    }
    return false;
  }
  return false;
}
