// Reading time from the article text. Latin-script readers manage ~230 words a minute; for
// scripts written without spaces (CJK, Thai) a word count is meaningless, so count characters
// (~500 a minute for Chinese/Japanese readers).

const WORDS_PER_MINUTE = 230;
const CHARS_PER_MINUTE = 500;
const UNSPACED = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0e7f]/gu;

export function readingMinutes(text: string): number {
  const unspaced = text.match(UNSPACED)?.length ?? 0;
  const words = text.replace(UNSPACED, ' ').split(/\s+/).filter(Boolean).length;
  const minutes = words / WORDS_PER_MINUTE + unspaced / CHARS_PER_MINUTE;
  return Math.max(1, Math.round(minutes));
}
