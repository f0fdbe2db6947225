// Find a takeaway sentence in the rendered article and show it. Whitespace is ignored when
// matching: the takeaway comes from the article's block text (blocks joined by blank lines,
// whitespace collapsed, <br> as a space), while the DOM keeps the page's own whitespace.

const HIGHLIGHT = 'nutshell-takeaway';
const MARK_ATTR = 'data-ns-highlight';

export function findTextRange(root: Element, sentence: string): Range | null {
  const doc = root.ownerDocument;
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT; the constant, so jsdom tests need no globals */);
  const chars: string[] = [];
  const where: { node: Text; offset: number }[] = [];
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i]!;
      if (/\s/.test(ch)) continue;
      chars.push(ch);
      where.push({ node, offset: i });
    }
  }
  const needle = sentence.replace(/\s+/g, '');
  if (!needle) return null;
  const at = chars.join('').indexOf(needle);
  if (at < 0) return null;
  const start = where[at]!;
  const end = where[at + needle.length - 1]!;
  const range = doc.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset + 1);
  return range;
}

/** Scroll the sentence into view and highlight it; false when it can't be found. */
export function showSentence(root: Element, sentence: string): boolean {
  const range = findTextRange(root, sentence);
  root.querySelectorAll(`[${MARK_ATTR}]`).forEach((el) => el.removeAttribute(MARK_ATTR));
  if (!range) return false;
  const container = range.commonAncestorContainer;
  const element = container.nodeType === 1 ? (container as Element) : container.parentElement;
  element?.setAttribute(MARK_ATTR, '');
  // The CSS Custom Highlight API paints the exact sentence; the attribute only marks its block.
  if (typeof Highlight === 'function' && 'highlights' in CSS) {
    CSS.highlights.set(HIGHLIGHT, new Highlight(range));
  }
  element?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  return true;
}
