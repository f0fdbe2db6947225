import { describe, expect, it } from 'vitest';
import { highlightRanges, SearchIndex, splitByRanges } from '../../../src/core/library/search';
import { record } from './fixtures';

const a = record('https://a.example/1', { title: 'Climate talks stall', site: 'Le Monde', takeaways: { source: 'page', items: ['Delegates left Bonn early.', 'Coal remains the issue.'], edited: false } });
const b = record('https://b.example/2', { title: 'Café culture', site: 'b.example', note: 'Ask Zoë about this', takeaways: { source: 'local', items: ['Espresso prices rose.'], edited: false } });

describe('SearchIndex', () => {
  it('matches every term over titles, takeaways, notes and sites, case- and accent-insensitively', () => {
    const index = new SearchIndex([a, b]);
    expect(index.search('')).toEqual([a.url, b.url]);
    expect(index.search('bonn')).toEqual([a.url]);
    expect(index.search('CAFE')).toEqual([b.url]);
    expect(index.search('zoe')).toEqual([b.url]);
    expect(index.search('monde coal')).toEqual([a.url]);
    expect(index.search('monde espresso')).toEqual([]);
    expect(index.search('prices')).toEqual([b.url]);
  });
  it('never searches across field boundaries', () => {
    const index = new SearchIndex([a]);
    expect(index.search('stall le')).toEqual([a.url]); // two terms, two fields: fine
    expect(index.search('stalle')).toEqual([]);
  });
  it('narrows while typing and updates incrementally', () => {
    const index = new SearchIndex([a, b]);
    expect(index.search('c')).toEqual([a.url, b.url]);
    expect(index.search('co')).toEqual([a.url]);
    index.upsert({ ...b, note: 'coal too' });
    expect(index.search('coa')).toEqual([a.url, b.url]);
    index.remove(a.url);
    expect(index.search('coal')).toEqual([b.url]);
    expect(index.size).toBe(1);
    // deleting back to a shorter query widens again
    expect(index.search('c')).toEqual([b.url]);
  });
});

describe('highlightRanges', () => {
  it('gives merged ranges in the original text, accents included', () => {
    expect(highlightRanges('Café culture, cafe', 'cafe')).toEqual([[0, 4], [14, 18]]);
    expect(highlightRanges('Coal remains the issue.', 'issue the')).toEqual([[13, 16], [17, 22]]);
    expect(highlightRanges('aaaa', 'aa a')).toEqual([[0, 4]]);
    expect(highlightRanges('Zoë x', 'zoe')).toEqual([[0, 3]]);
    expect(highlightRanges('nothing', '')).toEqual([]);
  });
  it('splits text into runs for rendering', () => {
    const text = 'Café culture';
    expect(splitByRanges(text, highlightRanges(text, 'cult'))).toEqual([
      { text: 'Café ', hit: false }, { text: 'cult', hit: true }, { text: 'ure', hit: false },
    ]);
  });
});
