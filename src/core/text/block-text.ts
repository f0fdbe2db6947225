// The article's plain text as a reader sees it: one block (paragraph, heading, list item, caption…)
// per paragraph, blocks separated by a blank line, whitespace collapsed inside a block.
// textContent alone glues "<p>One.</p><p>Two.</p>" into "One.Two.", which breaks sentence
// splitting and makes takeaways impossible to find again in the rendered view.

const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'CAPTION', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI',
  'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD',
  'TR', 'UL',
]);
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

export function isBlockElement(tagName: string): boolean {
  return BLOCKS.has(tagName.toUpperCase());
}

export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Not prose: captions and credits, tables, code. Key sentences are never picked from these. */
const NOT_PROSE = new Set(['FIGURE', 'FIGCAPTION', 'CAPTION', 'TABLE', 'PRE']);

/**
 * The block text of `root`. With `proseOnly`, figures, captions, tables and code are left out:
 * that is the text key sentences are chosen from, while the full text is what the reader sees.
 */
export function blockText(root: Node, { proseOnly = false } = {}): string {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const text = collapseWhitespace(current);
    if (text) blocks.push(text);
    current = '';
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        current += child.nodeValue ?? '';
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIPPED.has(tag) || (proseOnly && (NOT_PROSE.has(tag) || (child as Element).classList?.contains('caption')))) continue;
        if (tag === 'BR') {
          current += ' ';
          continue;
        }
        const block = BLOCKS.has(tag);
        if (block) flush();
        walk(child);
        if (block) flush();
      }
    }
  };
  walk(root);
  flush();
  return blocks.join('\n\n');
}
