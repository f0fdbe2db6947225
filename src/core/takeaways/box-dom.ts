// Small DOM helpers for the takeaways box search. Standard DOM only (linkedom, jsdom and real
// browsers must agree), and no layout APIs: innerText would differ between the page and Node.
import { isHiddenElement, isUnseenElement, visibleText } from '../text/block-text';

const INLINE = new Set([
  'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'KBD', 'MARK',
  'Q', 'S', 'SAMP', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'LABEL',
  'BUTTON', // the label of a collapsible box: <h2><button aria-expanded>Key points</button></h2>
]);

export const tag = (el: Element): string => el.tagName.toUpperCase();

export function isHiddenInTree(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (isHiddenElement(node)) return true;
  }
  return false;
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
  if (isUnseenElement(el)) return false;
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
