// Where the article is on the live page, so a candidate box can be judged by its place: inside or
// right next to the article body, at its top or its end, and about the same things.

import { collapseWhitespace } from '../text/block-text';
import { depth, isHiddenInTree, linkDensity, tag, visibleText } from './box-dom';

export interface TextBlock {
  el: Element;
  text: string;
  length: number;
}

export interface PageContext {
  /** Paragraph-like blocks of prose anywhere on the page (candidates for the article body). */
  blocks: TextBlock[];
  title: string;
}

const BLOCK_SELECTOR = 'p, li, blockquote, pre, dd';
/** Chrome of the site, never article prose. */
const CHROME = 'nav, menu, [role="navigation"], [role="menu"], [role="menubar"], aside, form';
const MIN_BLOCK = 50;

export function pageContext(doc: Document): PageContext {
  const body = doc.body;
  const blocks: TextBlock[] = [];
  if (body) {
    for (const el of Array.from(body.querySelectorAll(BLOCK_SELECTOR))) {
      // A list item that holds paragraphs is counted through them.
      if (tag(el) === 'LI' && el.querySelector('p, li')) continue;
      if (el.closest(CHROME) || isSiteChrome(el)) continue;
      const text = visibleText(el);
      if (text.length < MIN_BLOCK || linkDensity(el) > 0.5) continue;
      if (isHiddenInTree(el)) continue;
      blocks.push({ el, text, length: text.length });
    }
  }
  const h1 = body?.querySelector('h1');
  const title = collapseWhitespace((h1 ? visibleText(h1) : '') + ' ' + (doc.title ?? ''));
  return { blocks, title };
}

/** A <header>/<footer> that belongs to the site rather than to an article. */
export function isSiteChrome(el: Element): boolean {
  for (let node = el.closest('header, footer'); node; node = node.parentElement?.closest('header, footer') ?? null) {
    if (!node.closest('article, main, [role="main"]')) return true;
  }
  return false;
}

/**
 * The element that holds most of the article prose, scored like Readability does (a block's
 * length counts fully for its parent, half for the grandparent, a third above), ignoring the
 * candidate box itself so a long box cannot pass for the body.
 */
export function bodyRoot(blocks: TextBlock[]): Element | null {
  const scores = new Map<Element, number>();
  for (const { el, length } of blocks) {
    let node = el.parentElement;
    for (let level = 1; node && level <= 3; level++, node = node.parentElement) {
      scores.set(node, (scores.get(node) ?? 0) + length / level);
    }
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, score] of scores) {
    if (score > bestScore) {
      best = el;
      bestScore = score;
    }
  }
  return best;
}

/** Levels from `ancestor` down to `el` (0 when equal). */
export function levelsBelow(el: Element, ancestor: Element): number {
  return depth(el) - depth(ancestor);
}

const WORD = /[\p{L}][\p{L}\p{N}'’-]{3,}/gu;
// Frequent 4+ letter function words in the box languages; they say nothing about the topic.
const STOP = new Set(
  ('that this with from have will were been they their there what when which would could should about ' +
    'into more than them then also only over such your just like some very most other after before ' +
    'here where while being does dass sind wird wurde einen eine einer nicht auch mehr noch nach ' +
    'oder aber wenn dans pour avec plus sont mais leur cette être para como pero más esta este desde ' +
    'sobre entre della sono anche questo come mais pelo pela isso')
    .split(' '),
);

/** Content words, cut to a 5-letter stem so "update"/"updates" and "elecciones"/"elección" meet. */
export function topicWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.toLowerCase().matchAll(WORD)) {
    const word = m[0].replace(/['’-]+$/, '');
    if (word.length >= 4 && !STOP.has(word)) out.add(word.slice(0, 5));
  }
  return out;
}
