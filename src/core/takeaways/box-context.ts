// Where the article is on the live page, so a candidate box can be judged by its place: inside or
// right next to the article body, at its top or its end, and about the same things.

import { collapseWhitespace, visibleText } from '../text/block-text';
import { stopwordsFor, words } from '../text/words';
import { depth, isHiddenInTree, linkDensity, tag } from './box-dom';

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
/** A <div>'s own text (outside its child blocks) must be this long to count as a body of lines. */
const MIN_DIV_TEXT = 200;
const INLINE_TEXT = new Set(['A', 'B', 'STRONG', 'EM', 'I', 'SPAN', 'BR', 'U', 'SMALL', 'MARK', 'SUB', 'SUP', 'ABBR', 'CITE', 'Q', 'TIME']);

const BLOCK_INSIDE = 'p, div, ul, ol, li, h1, h2, h3, h4, h5, h6, table, blockquote, section, article';

/** Text of the element's own text nodes and inline children (not of child blocks). */
function ownText(el: Element): string {
  let text = '';
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if (node.nodeType === 1 && INLINE_TEXT.has((node as Element).tagName.toUpperCase()) && !(node as Element).querySelector(BLOCK_INSIDE)) {
      text += ' ' + visibleText(node as Element);
    }
  }
  return collapseWhitespace(text);
}

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
    // Some bodies are one <div> of text lines split by <br> (no <p> at all): its own text counts.
    for (const el of Array.from(body.querySelectorAll('div'))) {
      const text = ownText(el);
      if (text.length < MIN_DIV_TEXT || el.closest(CHROME) || isSiteChrome(el) || isHiddenInTree(el)) continue;
      if (linkDensity(el) > 0.5 || el.closest(BLOCK_SELECTOR)) continue;
      blocks.push({ el, text, length: text.length });
    }
  }
  const h1 = body?.querySelector('h1');
  const title = collapseWhitespace((h1 ? visibleText(h1) : '') + ' ' + (doc.title ?? ''));
  return { blocks, title };
}

/**
 * A <header>/<footer> of the site rather than of an article: not inside an article or main. With
 * `headlineHeader`, a <header> that holds the page's <h1> counts as the article's own (a story
 * header above the body, where a box may sit); without it, such a header is chrome too (the body
 * measure never counts the headline block as prose).
 */
export function isSiteChrome(el: Element, { headlineHeader = false } = {}): boolean {
  for (let node = el.closest('header, footer'); node; node = node.parentElement?.closest('header, footer') ?? null) {
    if (node.closest('article, main, [role="main"]')) continue;
    if (headlineHeader && tag(node) === 'HEADER' && node.querySelector('h1')) continue;
    return true;
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

// The languages whose labels box-labels.ts knows: a page's language is not always declared, so the
// stop words of all of them are left out, as one set.
const BOX_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl'];
let boxStopwords: Set<string> | null = null;

/** Content words, cut to a 5-letter stem so "update"/"updates" and "elecciones"/"elección" meet. */
export function topicWords(text: string): Set<string> {
  boxStopwords ??= new Set(BOX_LANGUAGES.flatMap((lang) => [...stopwordsFor(lang)]));
  const out = new Set<string>();
  for (const token of words(text)) {
    const word = token.replace(/['’.-]+$/, '');
    if (word.length >= 4 && /^\p{L}/u.test(word) && !boxStopwords.has(word)) out.add(word.slice(0, 5));
  }
  return out;
}
