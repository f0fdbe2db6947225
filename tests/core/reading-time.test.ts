// Reading time per script on real sentences, counted by hand: words for spaced scripts (Korean
// included) and for Thai (the segmenter's dictionary words), Han and kana characters for Chinese
// and Japanese.
import { describe, expect, it } from 'vitest';
import { CHARS_PER_MINUTE, readingMinutes, readingUnits, WORDS_PER_MINUTE } from '../../src/core/reading-time';

/** A sentence with its words split by "|" by hand, and the text as written (no separators). */
const handSplit = (marked: string) => ({ text: marked.replaceAll('|', ''), words: marked.split('|').length });
const repeat = (sentence: string, times: number, sep = ' ') => Array.from({ length: times }, () => sentence).join(sep);

describe('readingUnits', () => {
  it.each([
    ['English', "It's a well-known fact: e-mail and U.S. policy — 3.5 times over.", 11],
    ['German', 'Die Bundesregierung hat am Mittwoch ein neues Gesetz zur Förderung erneuerbarer Energien beschlossen.', 13],
    ['Korean (spaced)', '나는 오늘 아침에 도서관에서 책을 읽었다.', 6],
    ['Arabic', 'ذهب الطلاب إلى المكتبة لقراءة الكتب الجديدة.', 7],
    ['Russian', 'Вчера вечером мы долго гуляли по набережной.', 7],
  ])('%s: words as written between spaces, punctuation not counted', (_name, text, words) => {
    expect(readingUnits(text)).toEqual({ words, chars: 0 });
  });

  it.each([
    ['Chinese', '我们今天下午去公园散步。', 11],
    ['Japanese (kanji and kana)', '今日は友達と一緒に映画を見に行きました。', 19],
  ])('%s: Han and kana characters, punctuation not counted', (_name, text, chars) => {
    expect(readingUnits(text)).toEqual({ words: 0, chars });
  });

  it('Thai: words from the segmenter, not characters (no spaces between words)', () => {
    for (const marked of ['แม่|ทำ|อาหาร|อร่อย|ทุก|วัน', 'เขา|ไป|ตลาด|กับ|เพื่อน']) {
      const { text, words } = handSplit(marked);
      expect(readingUnits(text)).toEqual({ words, chars: 0 });
    }
  });

  it('mixed text adds its parts: Latin words inside Japanese count as words', () => {
    expect(readingUnits('新しいiPhone 16 Proを買いました。')).toEqual({ words: 3, chars: 9 });
  });
});

describe('readingMinutes', () => {
  it(`${WORDS_PER_MINUTE} words a minute for spaced scripts, Korean included`, () => {
    const korean = '나는 오늘 아침에 도서관에서 책을 읽었다.'; // 6 words
    expect(readingMinutes(repeat(korean, 192))).toBe(5); // 1,152 words
    const english = 'The committee will publish its findings next spring, after hearing every witness.'; // 12 words
    expect(readingMinutes(repeat(english, 96))).toBe(5); // 1,152 words
  });

  it(`${CHARS_PER_MINUTE} characters a minute for Chinese and Japanese`, () => {
    expect(readingMinutes(repeat('我们今天下午去公园散步。', 228, ''))).toBe(5); // 2,508 characters
    expect(readingMinutes(repeat('今日は友達と一緒に映画を見に行きました。', 132, ''))).toBe(5); // 2,508 characters
  });

  it('Thai in words at the same pace: 1,152 words read in 5 minutes, not the 8 its 4,032 characters would give', () => {
    const { text, words } = handSplit('แม่|ทำ|อาหาร|อร่อย|ทุก|วัน');
    const article = repeat(text, 192, ' ');
    expect(words * 192).toBe(1152);
    expect(article.replaceAll(' ', '').length).toBe(4032);
    expect(readingMinutes(article)).toBe(5);
  });

  it('never says 0 minutes', () => {
    expect(readingMinutes('Short.')).toBe(1);
    expect(readingMinutes('')).toBe(1);
  });
});
