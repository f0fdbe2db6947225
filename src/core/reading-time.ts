// Reading time per script (issue 10): spaced scripts — Latin, Cyrillic, Greek, Arabic, Hebrew,
// Devanagari, and Korean, which is written with spaces — at 230 words a minute; Chinese and
// Japanese, where a word count means nothing, at 500 characters a minute (Han and kana); Thai,
// Lao, Khmer and Burmese, written without spaces but read as words, in Intl.Segmenter's
// dictionary words at the same 230 a minute. Mixed text adds up its parts.
import { segmenterFor } from './text/sentences';

export const WORDS_PER_MINUTE = 230;
export const CHARS_PER_MINUTE = 500;

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const SEA_RUN = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]+/gu;
const SPACED_WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu;

export interface ReadingUnits {
  /** Words of spaced scripts plus the segmenter's words of Thai, Lao, Khmer and Burmese. */
  words: number;
  /** Han and kana characters. */
  chars: number;
}

export function readingUnits(text: string): ReadingUnits {
  const chars = text.match(CJK)?.length ?? 0;
  let words = 0;
  let sea = false;
  for (const [run] of text.matchAll(SEA_RUN)) {
    // Only these runs pay for the dictionary segmenter; ICU picks the dictionary by script.
    for (const s of segmenterFor('th', 'word').segment(run)) if (s.isWordLike) words++;
    sea = true;
  }
  // Most pages have neither: no copies of the whole text then.
  const spaced = chars || sea ? text.replace(CJK, ' ').replace(SEA_RUN, ' ') : text;
  words += spaced.match(SPACED_WORD)?.length ?? 0;
  return { words, chars };
}

/** Whole minutes, at least 1. */
export function readingMinutes(text: string): number {
  const { words, chars } = readingUnits(text);
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE + chars / CHARS_PER_MINUTE));
}
