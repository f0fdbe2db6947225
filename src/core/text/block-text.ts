// An element's text as a reader sees it, from one walk over the DOM with one table of block tags.
// textContent alone glues "<p>One.</p><p>Two.</p>" into "One.Two.", which breaks sentence
// splitting and makes takeaways impossible to find again in the rendered view. Two shapes:
//   - blockText: the article's plain text, one block (paragraph, heading, list item, caption…)
//     per paragraph, blank lines between blocks, whitespace collapsed inside a block;
//   - visibleText: one line, a space wherever a block or <br> breaks it (the takeaways box's item
//     texts and the page measures around it), without what the page hides.
// Standard DOM only and no layout APIs: innerText would differ between the page and Node.

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD',
  'TR', 'UL',
]);
/** Never text: code and markup that the browser does not render as words. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);
/** Rendered, but not as article words: drawings and form controls' option lists. */
const UNSEEN = new Set(['SVG', 'SELECT', 'TEXTAREA']);
/** Not prose: captions and credits, tables, code. Key sentences are never picked from these. */
const NOT_PROSE = new Set(['FIGURE', 'FIGCAPTION', 'CAPTION', 'TABLE', 'PRE']);
const NESTED_LISTS = new Set(['UL', 'OL']);

export interface TextOptions {
  /** Leave out figures, captions, tables and code (the text key sentences are chosen from). */
  proseOnly?: boolean;
  /** Leave out what a reader does not see: hidden markup, scripts' kin, svg and form controls. */
  visibleOnly?: boolean;
  /** Leave out lists below the root: a takeaway item's own words without its sub-bullets. */
  skipNestedLists?: boolean;
}

interface Sink {
  text(value: string): void;
  /** A block starts or ends ('block'), or a <br> breaks the line ('line'). */
  brk(kind: 'block' | 'line'): void;
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Hidden by its own markup (not by stylesheets, which Node cannot see). */
export function isHiddenElement(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Elements that never show text to a reader, whatever their content (with `visibleOnly`). */
export function isUnseenElement(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  return SKIPPED.has(tag) || UNSEEN.has(tag) || isHiddenElement(el);
}

function leftOut(el: Element, tag: string, opts: TextOptions): boolean {
  if (SKIPPED.has(tag)) return true;
  if (opts.visibleOnly && (UNSEEN.has(tag) || isHiddenElement(el))) return true;
  if (opts.skipNestedLists && NESTED_LISTS.has(tag)) return true;
  return !!opts.proseOnly && (NOT_PROSE.has(tag) || !!el.classList?.contains('caption'));
}

function walk(node: Node, opts: TextOptions, sink: Sink): void {
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      sink.text(child.nodeValue ?? '');
    } else if (child.nodeType === 1) {
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (leftOut(el, tag, opts)) continue;
      if (tag === 'BR') {
        sink.brk('line');
        continue;
      }
      const block = BLOCKS.has(tag);
      if (block) sink.brk('block');
      walk(el, opts, sink);
      if (block) sink.brk('block');
    }
  }
}

/**
 * The block text of `root`. With `proseOnly`, figures, captions, tables and code are left out:
 * that is the text key sentences are chosen from, while the full text is what the reader sees.
 */
export function blockText(root: Node, opts: TextOptions = {}): string {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const text = collapseWhitespace(current);
    if (text) blocks.push(text);
    current = '';
  };
  walk(root, opts, {
    text: (value) => {
      current += value;
    },
    // A <br> inside a block is a space, not a new block.
    brk: (kind) => (kind === 'line' ? (current += ' ') : flush()),
  });
  flush();
  return blocks.join('\n\n');
}

/**
 * The visible text of an element as one line: hidden parts and scripts skipped, a space where a
 * block or <br> breaks the line, whitespace collapsed. `skipNestedLists` keeps an item's own words
 * without its sub-bullets.
 */
export function visibleText(root: Element, skipNestedLists = false): string {
  let out = '';
  walk(root, { visibleOnly: true, skipNestedLists }, {
    text: (value) => {
      out += value;
    },
    brk: () => {
      out += ' ';
    },
  });
  return collapseWhitespace(out);
}
