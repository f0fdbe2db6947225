// Small DOM helpers for the takeaways box search. Standard DOM only (linkedom, jsdom and real
// browsers must agree), and no layout APIs: innerText would differ between the page and Node.
import { collapseWhitespace } from '../text/block-text';

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'svg', 'SVG', 'SELECT', 'TEXTAREA']);
/** Nested lists are sub-bullets of an item, not part of the item's own sentence. */
const NESTED_LISTS = new Set(['UL', 'OL']);
const BREAKS = new Set([
  'BR', 'P', 'DIV', 'LI', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'FIGURE', 'FIGCAPTION',
  'SECTION', 'TABLE', 'TR', 'TD', 'TH', 'DL', 'DT', 'DD', 'PRE', 'HR',
]);
const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'MARK',
  'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'LABEL',
  'BUTTON', // the label of a collapsible box: <h2><button aria-expanded>Key points</button></h2>
]);

export const tag = (el: Element): string => el.tagName.toUpperCase();

/** Hidden by its own markup (not by stylesheets, which Node cannot see). */
export function isHiddenElement(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

export function isHiddenInTree(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (isHiddenElement(node)) return true;
  }
  return false;
}

/**
 * The visible text of an element as one line: text nodes only, hidden parts and scripts skipped,
 * a space where a block or <br> breaks the line (textContent would glue "One.</p><p>Two"), then
 * whitespace collapsed. `skipNestedLists` keeps an item's own words without its sub-bullets.
 */
export function visibleText(root: Element, skipNestedLists = false): string {
  let out = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        out += child.nodeValue ?? '';
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const name = tag(el);
        if (SKIPPED.has(name) || isHiddenElement(el)) continue;
        if (skipNestedLists && NESTED_LISTS.has(name)) continue;
        const brk = BREAKS.has(name);
        if (brk) out += ' ';
        walk(el);
        if (brk) out += ' ';
      }
    }
  };
  walk(root);
  return collapseWhitespace(out);
}

/** Share of an element's visible text that sits inside links. */
export function linkDensity(root: Element, skipNestedLists = false): number {
  const total = visibleText(root, skipNestedLists).length;
  if (!total) return 0;
  let linked = 0;
  for (const a of Array.from(root.querySelectorAll('a'))) {
    if (skipNestedLists && a.parentElement?.closest('ul,ol') !== root.closest('ul,ol')) continue;
    linked += visibleText(a).length;
  }
  return Math.min(1, linked / total);
}

export function isInline(el: Element): boolean {
  return INLINE.has(tag(el));
}

/** Does the element carry any text a reader would see (or a list)? Empty ad slots and spacers do not. */
export function hasContent(el: Element): boolean {
  if (isHiddenElement(el) || SKIPPED.has(tag(el))) return false;
  return visibleText(el).length > 0;
}

/** The next sibling element that a reader would notice, skipping empty wrappers and spacers. */
export function nextContentSibling(el: Element, skip: (el: Element) => boolean): Element | null {
  for (let sib = el.nextElementSibling; sib; sib = sib.nextElementSibling) {
    if (hasContent(sib) && !skip(sib)) return sib;
  }
  return null;
}

export function depth(el: Element): number {
  let d = 0;
  for (let node = el.parentElement; node; node = node.parentElement) d++;
  return d;
}

export function commonAncestor(a: Element, b: Element): Element | null {
  for (let node: Element | null = a; node; node = node.parentElement) {
    if (node.contains(b)) return node;
  }
  return null;
}

/** All attribute values that may name a component: class, id, role, data-*. */
export function componentAttributes(el: Element): string {
  const parts: string[] = [];
  for (const name of el.getAttributeNames()) {
    if (name === 'class' || name === 'id' || name === 'role' || name.startsWith('data-')) {
      parts.push(`${name} ${el.getAttribute(name) ?? ''}`);
    }
  }
  return parts.join(' ');
}

/** `precedes(a, b)`: a starts before b in document order. */
export type Precedes = (a: Element, b: Element) => boolean;

/**
 * Document order from one querySelectorAll('*') pass (which lists elements in document order).
 * Not compareDocumentPosition: linkedom 0.18 answers it from tree depth alone, so an element
 * deeper in the tree always "follows" a shallower one wherever they are.
 */
export function documentOrder(root: Element): Precedes {
  const index = new Map<Element, number>([[root, 0]]);
  let i = 1;
  for (const el of Array.from(root.querySelectorAll('*'))) index.set(el, i++);
  return (a, b) => (index.get(a) ?? -1) < (index.get(b) ?? -1);
}
