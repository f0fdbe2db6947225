// bench:quality's two scorers, checked against cases computed by hand.
import { describe, expect, it } from 'vitest';
import { half } from '../../bench/quality/data';
import { corpusShingleScore, docPrecision, docRecall, shingleCounts, shingles } from '../../bench/quality/shingle-metric';
import { snippetRate, wcxbScore, wcxbTokens } from '../../bench/quality/wcxb-metric';

describe('WCXB word F1', () => {
  it('tokenises like Python re.findall(r"\\w+", text.lower()): letters, digits, _; combining marks split', () => {
    expect(wcxbTokens('Grüße, naïve café_1! 3.5')).toEqual(['grüße', 'naïve', 'café_1', '3', '5']);
    expect(wcxbTokens('cafe\u0301s')).toEqual(['cafe', 's']);
    expect(wcxbTokens('—')).toEqual([]);
  });

  it('scores token multisets: 3 of 3 predicted in a 6-token reference → P 1, R 0.5, F1 2/3', () => {
    const s = wcxbScore('The cat sat', 'the cat sat on the mat');
    expect(s.p).toBe(1);
    expect(s.r).toBe(0.5);
    expect(s.f1).toBeCloseTo(2 / 3, 12);
  });

  it('counts repeats at most as often as the reference has them', () => {
    // pred {a:3, b:1}, ref {a:1, b:2} → shared 2; P 2/4, R 2/3, F1 = 2·(1/2)(2/3)/(7/6) = 4/7.
    const s = wcxbScore('a a a b', 'a b b');
    expect(s.p).toBe(0.5);
    expect(s.r).toBeCloseTo(2 / 3, 12);
    expect(s.f1).toBeCloseTo(4 / 7, 12);
  });

  it('empty reference scores 1 only for an empty prediction; an empty prediction scores 0', () => {
    expect(wcxbScore('', '')).toEqual({ p: 1, r: 1, f1: 1 });
    expect(wcxbScore('...', ' ')).toEqual({ p: 1, r: 1, f1: 1 });
    expect(wcxbScore('menu', '')).toEqual({ p: 0, r: 0, f1: 0 });
    expect(wcxbScore('', 'the text')).toEqual({ p: 0, r: 0, f1: 0 });
    expect(wcxbScore('x y', 'the text').f1).toBe(0);
  });

  it('finds snippets case-insensitively with whitespace collapsed', () => {
    expect(snippetRate('The Quick\n brown fox', ['quick brown', 'lazy dog'])).toBe(0.5);
    expect(snippetRate('anything', [])).toBeNull();
  });
});

describe('scrapinghub shingle F1', () => {
  it('makes 4-token shingles with case kept; 1–3 tokens are one shorter shingle', () => {
    expect(shingles('A b, c d e')).toEqual(['A b c d', 'b c d e']);
    expect(shingles('Hello world')).toEqual(['Hello world']);
    expect(shingles(' — ')).toEqual([]);
    expect(shingles('The x y z')).not.toEqual(shingles('the x y z'));
  });

  it('per document: one shared shingle of two each side → tp = fp = fn = 1/3, P = R = 1/2', () => {
    const c = shingleCounts('a b c d e', 'a b c d x');
    expect(c.tp).toBeCloseTo(1 / 3, 12);
    expect(c.fp).toBeCloseTo(1 / 3, 12);
    expect(c.fn).toBeCloseTo(1 / 3, 12);
    expect(docPrecision(c)).toBeCloseTo(0.5, 12);
    expect(docRecall(c)).toBeCloseTo(0.5, 12);
    const same = shingleCounts('one two three four five', 'one two three four five');
    expect([docPrecision(same), docRecall(same)]).toEqual([1, 1]);
  });

  it('corpus P and R are means over documents with something predicted (resp. expected)', () => {
    const docs = [
      shingleCounts('a b c d e', 'a b c d x'), // P 1/2, R 1/2
      shingleCounts('', 'p q r s'), // nothing predicted: not in P's mean; R 0
      shingleCounts('u v w x', ''), // nothing expected: P 0; not in R's mean
      shingleCounts('', ''), // in neither mean
    ];
    expect(docPrecision(docs[1]!)).toBe(0);
    expect(docRecall(docs[2]!)).toBe(0);
    const s = corpusShingleScore(docs);
    expect(s.p).toBeCloseTo(0.25, 12);
    expect(s.r).toBeCloseTo(0.25, 12);
    expect(s.f1).toBeCloseTo(0.25, 12);
    // P 1 and R 1/2 on one document: F1 of the means = 2·1·(1/2)/(3/2) = 2/3.
    expect(corpusShingleScore([shingleCounts('a b c d', 'a b c d e')]).f1).toBeCloseTo(2 / 3, 12);
  });
});

describe('the split by host', () => {
  it('puts every page of a host in one half, the same one on every run, and uses both halves', () => {
    const hosts = Array.from({ length: 200 }, (_, i) => `site${i}.example`);
    const halves = hosts.map((host) => half(host));
    expect(hosts.map((host) => half(host))).toEqual(halves);
    const a = halves.filter((h) => h === 'A').length;
    expect(a).toBeGreaterThan(70);
    expect(a).toBeLessThan(130);
  });
});
