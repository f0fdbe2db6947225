// The text key sentences are chosen from: the article's prose, without figures, captions, tables
// and code (see blockText), and without blocks that repeat an image's alt text — publishers often
// print the caption again as a paragraph next to the picture (guardian-1 does, in a list).
import { blockText } from './block-text';

/** An alt text this long is a caption, not a word like "logo". */
const MIN_ALT_WORDS = 6;
/** Jaccard overlap of words from which a block counts as the same caption. */
const SAME_CAPTION = 0.5;

function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / (a.size + b.size - shared || 1);
}

export function proseText(root: Element): string {
  const alts = [...root.querySelectorAll('img[alt]')]
    .map((img) => wordSet(img.getAttribute('alt') ?? ''))
    .filter((words) => words.size >= MIN_ALT_WORDS);
  const blocks = blockText(root, { proseOnly: true }).split('\n\n');
  if (alts.length === 0) return blocks.join('\n\n');
  return blocks
    .filter((block) => {
      const words = wordSet(block);
      return !alts.some((alt) => jaccard(words, alt) >= SAME_CAPTION);
    })
    .join('\n\n');
}
