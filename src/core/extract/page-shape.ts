// What an extraction result looks like, in numbers: how many words, how much of the text sits in
// links, how many blocks are just a link. The "doesn't look like an article" rule reads these, and
// bench/quality.ts prints them, so the rule is measured on the same figures it decides on.

import { collapseWhitespace } from '../text/block-text';
import { countWords } from './words';

export interface PageShape {
  /** Words in the extracted text. */
  words: number;
  /** Share of the text's characters that sit inside links (0–1). */
  linkDensity: number;
  /** Blocks (paragraphs, list items, headings, cells) with text. */
  blocks: number;
  /** Share of those blocks whose text is (almost) all one or more links: a listing's entries. */
  linkBlocks: number;
}

const BLOCK_TAGS = new Set(['P', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TD', 'TH', 'DD', 'DT', 'PRE', 'BLOCKQUOTE', 'FIGCAPTION']);

export function pageShape(content: Element, text: string): PageShape {
  const total = collapsedLength(content.textContent ?? '');
  let inLinks = 0;
  for (const link of content.getElementsByTagName('a')) inLinks += collapsedLength(link.textContent ?? '');
  let blocks = 0;
  let linkBlocks = 0;
  // querySelectorAll, not getElementsByTagName('*'): linkedom returns nothing for the latter on elements.
  for (const el of content.querySelectorAll('*')) {
    if (!BLOCK_TAGS.has(el.tagName.toUpperCase())) continue;
    // A block inside another block (a <p> in an <li>) counts once, as its outermost block.
    if (hasBlockAncestor(el, content)) continue;
    const length = collapsedLength(el.textContent ?? '');
    if (!length) continue;
    blocks++;
    let linked = 0;
    for (const link of el.getElementsByTagName('a')) linked += collapsedLength(link.textContent ?? '');
    if (linked / length > 0.8) linkBlocks++;
  }
  return {
    words: countWords(text),
    linkDensity: total ? Math.min(1, inLinks / total) : 0,
    blocks,
    linkBlocks: blocks ? linkBlocks / blocks : 0,
  };
}

function hasBlockAncestor(el: Element, root: Element): boolean {
  for (let up = el.parentElement; up && up !== root; up = up.parentElement) {
    if (BLOCK_TAGS.has(up.tagName.toUpperCase())) return true;
  }
  return false;
}

function collapsedLength(text: string): number {
  return collapseWhitespace(text).length;
}
