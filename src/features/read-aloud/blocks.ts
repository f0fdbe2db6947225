// The rendered body as read aloud sees it: its readable blocks (paragraphs, headings, list items,
// quotes) in order, each with its text (core blockText, as the key sentences) and, for every
// non-space character of that text, the DOM position it came from. Whitespace is the only thing
// blockText changes, so counting non-space characters maps text offsets to DOM ranges exactly,
// even when the same sentence appears twice.
import { blockText } from '../../core/text/block-text';

const READABLE = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, dd, dt';
/** Not read: code, tables, figures and captions, math, and Nutshell's own marker for the author's box. */
const NOT_READ = 'pre, table, figure, figcaption, math, .ns-box-marker';
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

export interface ReadableBlock {
  el: Element;
  text: string;
  /** DOM position of each non-space character of `text`, in order. */
  chars: { node: Text; offset: number }[];
  /** For each non-space character, its offset in `text`. */
  textAt: number[];
}

export function readableBlocks(body: Element): ReadableBlock[] {
  const out: ReadableBlock[] = [];
  for (const el of body.querySelectorAll(READABLE)) {
    // Only the innermost blocks: <li><p>…</p></li> is read once, as its <p>.
    if (el.querySelector(READABLE) || el.closest(NOT_READ)) continue;
    const text = blockText(el);
    if (!/[\p{L}\p{N}]/u.test(text) || onlyMath(el)) continue;
    const chars = domChars(el);
    const textAt: number[] = [];
    for (let i = 0; i < text.length; i++) if (!/\s/.test(text[i]!)) textAt.push(i);
    // Both sides count the same characters; if a browser ever disagrees, skip the block rather than
    // highlight the wrong words.
    if (textAt.length !== chars.length) continue;
    out.push({ el, text, chars, textAt });
  }
  return out;
}

/** A paragraph that only holds a formula (MathML read out symbol by symbol is noise). */
function onlyMath(el: Element): boolean {
  const words = /[\p{L}\p{N}]/u;
  return ![...el.childNodes].some((n) => (n.nodeType === 3 ? words.test(n.nodeValue ?? '')
    : n.nodeType === 1 && (n as Element).localName !== 'math' && words.test(n.textContent ?? '')));
}

function domChars(root: Element): { node: Text; offset: number }[] {
  const chars: { node: Text; offset: number }[] = [];
  const visit = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        for (let i = 0; i < data.length; i++) if (!/\s/.test(data[i]!)) chars.push({ node: child as Text, offset: i });
      } else if (child.nodeType === 1 && !SKIPPED.has((child as Element).tagName.toUpperCase())) {
        visit(child);
      }
    }
  };
  visit(root);
  return chars;
}

/** Index of the first non-space character at or after text offset `at`. */
function charIndexAt(block: ReadableBlock, at: number): number {
  let lo = 0;
  let hi = block.textAt.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (block.textAt[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The DOM range of text offsets [start, end) of a block; null when it holds no character. */
export function rangeOf(block: ReadableBlock, start: number, end: number): Range | null {
  const first = charIndexAt(block, start);
  const last = charIndexAt(block, end) - 1;
  if (first > last || !block.chars[first] || !block.chars[last]) return null;
  const range = block.el.ownerDocument.createRange();
  range.setStart(block.chars[first].node, block.chars[first].offset);
  range.setEnd(block.chars[last].node, block.chars[last].offset + 1);
  return range;
}

/** The block holding a DOM point and the text offset there (where a reader clicked). */
export function pointInBlocks(blocks: readonly ReadableBlock[], node: Node, offset: number): { block: number; offset: number } | null {
  const index = blocks.findIndex((b) => b.el === node || b.el.contains(node));
  if (index < 0) return null;
  const block = blocks[index]!;
  if (node.nodeType !== 3) return { block: index, offset: 0 };
  // Characters before the point, counted in DOM order.
  let before = 0;
  for (const c of block.chars) {
    if (c.node === node ? c.offset >= offset : !precedes(c.node, node)) break;
    before++;
  }
  return { block: index, offset: block.textAt[before] ?? block.text.length };
}

function precedes(a: Node, b: Node): boolean {
  return !!(a.compareDocumentPosition(b) & 4 /* Node.DOCUMENT_POSITION_FOLLOWING */);
}
