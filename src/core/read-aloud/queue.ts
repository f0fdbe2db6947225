// What read aloud reads, in order, and how its controls move through it. Pure: the feature hands
// in the text of each readable block (a paragraph, heading or list item of the rendered body) and
// gets back sentences cut by the same splitter the key sentences use (text/sentences.ts), so a key
// sentence and the sentence read aloud are the same words.
import { splitSentences } from '../text/sentences';

export interface QueuedSentence {
  text: string;
  /** The block (paragraph) it belongs to: the unit of "previous/next paragraph". */
  block: number;
  /** Offsets into that block's text. */
  start: number;
  end: number;
}

export function buildQueue(blocks: readonly string[], lang?: string | null): QueuedSentence[] {
  const out: QueuedSentence[] = [];
  blocks.forEach((text, block) => {
    for (const s of splitSentences(text, lang)) out.push({ text: s.text, block, start: s.start, end: s.end });
  });
  return out;
}

const clampIndex = (queue: readonly unknown[], i: number) => Math.max(0, Math.min(queue.length - 1, i));

export function nextSentence(queue: readonly QueuedSentence[], i: number): number | null {
  return i + 1 < queue.length ? i + 1 : null;
}

/** The sentence before; at the first one it stays there (a "previous" that does nothing feels broken). */
export function previousSentence(queue: readonly QueuedSentence[], i: number): number {
  return clampIndex(queue, i - 1);
}

/** First sentence of the next block, or null at the last block (reading ends). */
export function nextParagraph(queue: readonly QueuedSentence[], i: number): number | null {
  const block = queue[i]?.block;
  const at = queue.findIndex((s, j) => j > i && s.block !== block);
  return at < 0 ? null : at;
}

/**
 * Like a player's "previous track": inside a paragraph it goes back to that paragraph's start; at a
 * paragraph's start it goes to the start of the one before.
 */
export function previousParagraph(queue: readonly QueuedSentence[], i: number): number {
  const start = paragraphStart(queue, i);
  return start < i ? start : paragraphStart(queue, Math.max(0, start - 1));
}

function paragraphStart(queue: readonly QueuedSentence[], i: number): number {
  let j = clampIndex(queue, i);
  while (j > 0 && queue[j - 1]!.block === queue[j]!.block) j--;
  return j;
}

/** The sentence of `block` that holds character `offset` of its text (a click's position). */
export function sentenceAt(queue: readonly QueuedSentence[], block: number, offset: number): number | null {
  let last: number | null = null;
  for (let i = 0; i < queue.length; i++) {
    const s = queue[i]!;
    if (s.block !== block) continue;
    if (offset < s.end) return i;
    last = i;
  }
  return last;
}

const squash = (text: string) => text.replace(/\s+/g, '');

/**
 * The sentence where `text` (a takeaway) starts, matched without whitespace as locate.ts matches
 * takeaways; null when the body does not hold it (an author's box is not part of the body).
 */
export function findSentence(queue: readonly QueuedSentence[], text: string): number | null {
  const needle = squash(text);
  if (!needle) return null;
  const starts: number[] = [];
  let joined = '';
  for (const s of queue) {
    starts.push(joined.length);
    joined += squash(s.text);
  }
  const at = joined.indexOf(needle);
  if (at < 0) return null;
  let i = 0;
  while (i + 1 < starts.length && starts[i + 1]! <= at) i++;
  return i;
}

/** Where a word spoken from `charIndex` ends, when the engine gives no charLength. */
export function wordEnd(text: string, charIndex: number, charLength?: number): number {
  if (charLength && charLength > 0) return Math.min(text.length, charIndex + charLength);
  const m = /[\s]/u.exec(text.slice(charIndex));
  return m ? charIndex + m.index : text.length;
}
