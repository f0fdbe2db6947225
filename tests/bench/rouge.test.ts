import { describe, expect, it } from 'vitest';
import { rouge, rougeTokens } from '../../bench/rouge';
import { porterStem } from '../../src/core/text/porter';

describe('porterStem (NLTK PorterStemmer, NLTK_EXTENSIONS mode)', () => {
  it('matches the paper and NLTK examples', () => {
    const cases: Record<string, string> = {
      caresses: 'caress', ponies: 'poni', ties: 'tie', cats: 'cat', feed: 'feed', agreed: 'agre',
      plastered: 'plaster', motoring: 'motor', sing: 'sing', conflated: 'conflat', hopping: 'hop',
      falling: 'fall', filing: 'file', happy: 'happi', relational: 'relat', conditional: 'condit',
      rational: 'ration', digitizer: 'digit', radicalli: 'radic', vietnamization: 'vietnam',
      hopefulness: 'hope', sensibiliti: 'sensibl', electrical: 'electr', goodness: 'good',
      allowance: 'allow', adjustment: 'adjust', adoption: 'adopt', effective: 'effect',
      probate: 'probat', rate: 'rate', cease: 'ceas', controll: 'control', generously: 'gener',
      // NLTK-only rules: irregular forms, "ies"/"ied" on 4-letter words, "logi", "y" after a consonant.
      dying: 'die', news: 'news', skies: 'sky', dies: 'die', died: 'die', spied: 'spi', flies: 'fli',
      geology: 'geolog', enjoy: 'enjoy', was: 'wa', this: 'thi', constructor: 'constructor',
    };
    for (const [word, stem] of Object.entries(cases)) expect(porterStem(word), word).toBe(stem);
  });
});

describe('rouge (rouge-score semantics, use_stemmer=True)', () => {
  it('tokenises like rouge-score: lowercase, non-alphanumerics split, stems only tokens > 3 chars', () => {
    expect(rougeTokens('The dogs were running.')).toEqual(['the', 'dog', 'were', 'run']);
    expect(rougeTokens('U.S.-based firms, £40m!')).toEqual(['u', 's', 'base', 'firm', '40m']);
    expect(rougeTokens('Élan café')).toEqual(['lan', 'caf']);
  });

  it('computes ROUGE-1, ROUGE-2 and ROUGE-L F1 on a hand-worked pair', () => {
    const s = rouge('the cat sat on the mat', 'the cat on the mat');
    // 5 shared unigrams; P = 5/5, R = 5/6 → F = 10/11.
    expect(s.rouge1).toBeCloseTo(10 / 11, 10);
    // 3 shared bigrams (the cat, on the, the mat); P = 3/4, R = 3/5 → F = 2/3.
    expect(s.rouge2).toBeCloseTo(2 / 3, 10);
    // R-L: LCS "the cat on the mat" = 5 → F = 10/11.
    expect(s.rougeL).toBeCloseTo(10 / 11, 10);
  });

  it('computes summary-level ROUGE-Lsum with a union LCS per reference line', () => {
    // Worked by hand: line "the cat sat" unions to {the, cat}; "on the mat" to {on, the, mat}:
    // 5 hits of 6 tokens each side → F = 5/6, while plain ROUGE-L sees identical token lists.
    const s = rouge('the cat sat\non the mat', 'the cat\nsat on the mat');
    expect(s.rougeLsum).toBeCloseTo(5 / 6, 10);
    expect(s.rougeL).toBe(1);
  });

  it('is zero when either side is empty, and 1 for identical texts', () => {
    expect(rouge('', 'something here')).toEqual({ rouge1: 0, rouge2: 0, rougeL: 0, rougeLsum: 0 });
    expect(rouge('a b c', '')).toEqual({ rouge1: 0, rouge2: 0, rougeL: 0, rougeLsum: 0 });
    const same = rouge('Officials confirmed the visit.', 'Officials confirmed the visit.');
    expect(same).toEqual({ rouge1: 1, rouge2: 1, rougeL: 1, rougeLsum: 1 });
  });
});
