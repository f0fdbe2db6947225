import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keySentences } from '../../src/core/takeaways/key-sentences';
import { TAKEAWAYS } from '../helpers/corpus';

interface Row {
  id: string;
  article: string;
  title?: string;
}

const corpus = (file: string): Row[] =>
  readFileSync(resolve(TAKEAWAYS, file), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as Row);

const NEWS = [
  'By John Smith.',
  'Scroll down for video.',
  'The city council voted on Tuesday to build a new bridge across the river, ending years of debate.',
  'The bridge will cost about 40 million dollars and should open in 2027, the mayor said after the vote.',
  'Photo: Jane Doe for the Daily Example.',
  'What would you build with 40 million dollars?',
  'The mayor (pictured) smiled as the council voted for the new bridge.',
  'In this photo taken on Monday, the mayor walks along the river where the new bridge will stand.',
  'Opponents of the bridge argued that the money should have gone to schools and buses instead.',
  'Read more about the council vote on the bridge here.',
  'Construction of the bridge is expected to begin next spring once the state approves the design.',
  'Residents living near the river said the new bridge would cut their commute to the city by half.',
  'The vote was close.',
].join(' ');

describe('keySentences', () => {
  it('returns three exact substrings of the text, in article order', () => {
    const items = keySentences(NEWS, { lang: 'en' });
    expect(items).toHaveLength(3);
    for (const item of items) expect(NEWS).toContain(item);
    const positions = items.map((i) => NEWS.indexOf(i));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('never picks bylines, credits, captions, "read more" lines, questions or fragments', () => {
    const items = keySentences(NEWS, { lang: 'en', max: 5 });
    expect(items).toHaveLength(5);
    for (const bad of ['By John', 'Scroll down', 'Photo:', 'What would', '(pictured)', 'In this photo', 'Read more', 'was close']) {
      expect(items.some((i) => i.includes(bad)), bad).toBe(false);
    }
  });

  it('respects max and is deterministic', () => {
    expect(keySentences(NEWS, { max: 1 })).toHaveLength(1);
    expect(keySentences(NEWS, { max: 0 })).toEqual([]);
    expect(keySentences(NEWS, { lang: 'en' })).toEqual(keySentences(NEWS, { lang: 'en' }));
  });

  it('drops a sentence that repeats one already chosen', () => {
    const s = 'The city council voted on Tuesday to build a new bridge across the wide river.';
    const text = `${s} ${s.replace('Tuesday', 'Tuesday evening')} The mayor said that construction of the bridge starts next spring. Opponents said the money should have gone to local schools instead.`;
    const items = keySentences(text, { lang: 'en' });
    expect(items.filter((i) => i.includes('voted on Tuesday'))).toHaveLength(1);
  });

  it('returns nothing for empty or sentence-less text', () => {
    expect(keySentences('')).toEqual([]);
    expect(keySentences('Home\n\nNews\n\nSport')).toEqual([]);
  });

  it('works on Chinese text without spaces', () => {
    const zh =
      '市议会周二投票决定在河上修建一座新桥，结束了多年的争论。新桥将耗资约四千万美元，预计二零二七年通车。' +
      '反对者认为这笔钱应该用于学校和公共交通。居民表示新桥将使他们的通勤时间减少一半。施工预计明年春天开始。';
    const items = keySentences(zh, { lang: 'zh-CN' });
    expect(items.length).toBeGreaterThan(0);
    for (const item of items) expect(zh).toContain(item);
    expect(items.every((i) => i.endsWith('。'))).toBe(true);
  });

  it('gives 1 to 5 verbatim items for every dev corpus article, in order and without duplicates', () => {
    for (const file of ['cnndm_test_subset.dev.jsonl', 'bbc_news_summary.dev.jsonl']) {
      for (const row of corpus(file)) {
        const items = keySentences(row.article, { lang: 'en' });
        expect(items.length, row.id).toBeGreaterThanOrEqual(1);
        expect(items.length, row.id).toBeLessThanOrEqual(5);
        expect(new Set(items).size).toBe(items.length);
        let from = 0;
        for (const item of items) {
          const at = row.article.indexOf(item, from);
          expect(at, `${row.id}: ${item}`).toBeGreaterThanOrEqual(0);
          from = at + item.length;
          expect(item).not.toMatch(/^(?:scroll down|click here|read more|by\s)/i);
          expect(item).not.toMatch(/\?["'’”]?$/);
        }
      }
    }
  });
});
