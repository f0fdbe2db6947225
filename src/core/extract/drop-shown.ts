// A following page of a multi-page article repeats what the reader has already seen: the
// standfirst, the byline, a pull quote, "Page 2 of 3", a newsletter line. Blocks whose text is
// already shown (a block of Article.text) are taken out of the next page's content.
import { collapseWhitespace } from '../text/block-text';

const LEAF_BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, dt, dd, td, th';

export function shownBlocks(texts: readonly string[]): Set<string> {
  const set = new Set<string>();
  for (const text of texts) for (const block of text.split(/\n\s*\n/)) {
    const key = collapseWhitespace(block);
    if (key) set.add(key);
  }
  return set;
}

/** Removes the blocks already shown; returns how many went. */
export function dropShown(content: Element, shown: ReadonlySet<string>): number {
  let dropped = 0;
  for (const el of [...content.querySelectorAll(LEAF_BLOCKS)]) {
    if (!content.contains(el)) continue; // inside a block already removed
    const key = collapseWhitespace(el.textContent ?? '');
    if (key && shown.has(key)) {
      el.remove();
      dropped++;
    }
  }
  return dropped;
}
