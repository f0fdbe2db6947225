// Reading time from the article text. Latin-script readers manage ~230 words a minute; for
// scripts written without spaces (CJK, Thai: words.ts says which) a word count is meaningless, so
// count characters (~500 a minute for Chinese/Japanese readers). Korean is spaced: words count.
import { unspacedChars } from './text/words';

const WORDS_PER_MINUTE = 230;
const CHARS_PER_MINUTE = 500;

export function readingMinutes(text: string): number {
  const unspaced = text.match(unspacedChars())?.length ?? 0;
  const words = text.replace(unspacedChars(), ' ').split(/\s+/).filter(Boolean).length;
  const minutes = words / WORDS_PER_MINUTE + unspaced / CHARS_PER_MINUTE;
  return Math.max(1, Math.round(minutes));
}
