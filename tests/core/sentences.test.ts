import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/core/text/sentences';
import { corpusTakeaways, TAKEAWAYS_SETS, type TakeawaysRow, vendoredTakeaways } from '../helpers/corpus';
import { describeCorpus } from '../helpers/corpus-suite';

const texts = (input: string, lang?: string) => splitSentences(input, lang).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps titles with the name that follows', () => {
    expect(texts('Mr. Smith went to Washington. Dr. Who met Mrs. Jones. Gen. Petraeus agreed.')).toEqual([
      'Mr. Smith went to Washington.',
      'Dr. Who met Mrs. Jones.',
      'Gen. Petraeus agreed.',
    ]);
  });

  it('keeps initials together', () => {
    expect(texts('J. K. Rowling wrote it. Then she rested.')).toEqual(['J. K. Rowling wrote it.', 'Then she rested.']);
  });

  it('keeps dotted acronyms inside a sentence, but not at its end', () => {
    expect(texts('The U.S. President spoke. He lives in the U.K. The end came.')).toEqual([
      'The U.S. President spoke.',
      'He lives in the U.K.',
      'The end came.',
    ]);
  });

  it('handles St., No., e.g. and a.m.', () => {
    expect(texts("They met at St. Paul's. It was No. 5 on the list. Use e.g. apples. At 9 a.m. Monday, he left.")).toEqual([
      "They met at St. Paul's.",
      'It was No. 5 on the list.',
      'Use e.g. apples.',
      'At 9 a.m. Monday, he left.',
    ]);
  });

  it('does not glue a real sentence end after an ambiguous abbreviation', () => {
    expect(texts('He lives on Main St. The house is red.')).toEqual(['He lives on Main St.', 'The house is red.']);
    expect(texts('He said no. Then he left.')).toEqual(['He said no.', 'Then he left.']);
  });

  it('continues a quoted question followed by a lowercase word', () => {
    expect(texts('"Is it true?" she asked. Nobody answered.')).toEqual(['"Is it true?" she asked.', 'Nobody answered.']);
  });

  it('splits Chinese and Japanese on their own punctuation', () => {
    expect(texts('我喜欢猫。你呢？他说：“好的！”然后走了。', 'zh-CN')).toEqual(['我喜欢猫。', '你呢？', '他说：“好的！”', '然后走了。']);
    expect(texts('今日は晴れです。明日は雨でしょう。', 'ja')).toEqual(['今日は晴れです。', '明日は雨でしょう。']);
  });

  it('gives offsets into the input and paragraph indices', () => {
    const input = '  First one here.  Second one.\n\n\nNew block starts.\nSame block line.';
    const out = splitSentences(input);
    expect(out.map((s) => s.paragraph)).toEqual([0, 0, 1, 1]);
    for (const s of out) expect(input.slice(s.start, s.end)).toBe(s.text);
    expect(out[0]).toMatchObject({ text: 'First one here.', start: 2 });
  });

  it('survives an invalid lang and empty input', () => {
    expect(texts('One sentence. Two sentences.', 'not a lang!!')).toEqual(['One sentence.', 'Two sentences.']);
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('\n\n  \n')).toEqual([]);
  });
});

function expectExactSubstrings(rows: TakeawaysRow[]): void {
  for (const { id, article } of rows) {
    const out = splitSentences(article, 'en');
    expect(out.length, id).toBeGreaterThan(2);
    for (const s of out) expect(article.slice(s.start, s.end)).toBe(s.text);
  }
}

describe('splitSentences on the vendored news sample', () => {
  it.each(TAKEAWAYS_SETS)('%s: exact substrings at their offsets', (set) => expectExactSubstrings(vendoredTakeaways(set)));
});

describeCorpus('splitSentences on every dev article', () => {
  it.each(TAKEAWAYS_SETS)('%s: exact substrings at their offsets', (set) => expectExactSubstrings(corpusTakeaways(set)));
});
