import { describe, expect, it } from 'vitest';
import { DEFAULT_ITEMS, DEFAULT_METHOD, DEGREE_METHOD, keySentences, MIN_ITEMS } from '../../src/core/takeaways/key-sentences';
import { words } from '../../src/core/text/words';
import { corpusTakeaways, TAKEAWAYS_SETS, type TakeawaysRow, vendoredTakeaways } from '../helpers/corpus';
import { describeCorpus } from '../helpers/corpus-suite';

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
    // No word budget here, so the box has to reach into the doubtful lines if it could.
    const items = keySentences(NEWS, { lang: 'en', max: 5 }, { ...DEFAULT_METHOD, boxWords: Infinity });
    expect(items).toHaveLength(5);
    for (const bad of ['By John', 'Scroll down', 'Photo:', 'What would', '(pictured)', 'In this photo', 'Read more', 'was close']) {
      expect(items.some((i) => i.includes(bad)), bad).toBe(false);
    }
  });

  it('respects max', () => {
    expect(keySentences(NEWS, { max: 1 })).toHaveLength(1);
    expect(keySentences(NEWS, { max: 0 })).toEqual([]);
    expect(keySentences(NEWS, { lang: 'en' })).toHaveLength(DEFAULT_ITEMS);
  });

  it('drops a sentence that repeats one already chosen', () => {
    const s = 'The city council voted on Tuesday to build a new bridge across the wide river.';
    const text = `${s} ${s.replace('Tuesday', 'Tuesday evening')} The mayor said that construction of the bridge starts next spring. Opponents said the money should have gone to local schools instead.`;
    const items = keySentences(text, { lang: 'en' });
    expect(items.filter((i) => i.includes('voted on Tuesday'))).toHaveLength(1);
  });

  it('takes its first two items from the lede zone, even when a later sentence is more central', () => {
    const lede = [
      'Storms closed every school in the northern province of Arlen on Monday morning.',
      'Officials expect classes to resume on Thursday if the weather improves by then.',
      'Parents were asked to keep their children at home until the end of the week.',
      'The weather service warned of more heavy rain over the hills near the coast.',
    ];
    // The body keeps repeating its own words (roads, bridges, flooding), so by centrality alone
    // it outranks the lede; the lede zone keeps two of the first four candidates anyway.
    const body = [
      'Flooding closed roads and bridges across the valley, and crews cleared the flooding from roads and bridges.',
      'Road crews said the flooding of roads and bridges in the valley was the worst in years.',
      'Several bridges and roads in the valley stayed closed by flooding overnight, the road crews said.',
      'Flooding on valley roads and bridges also cut power to farms, road crews reported on Monday.',
      'Crews expect the valley roads and bridges to stay closed while the flooding lasts.',
    ];
    const text = [...lede, ...body].join(' ');
    const inLede = (items: string[]): number => items.filter((i) => lede.includes(i)).length;
    expect(inLede(keySentences(text, { lang: 'en' }, DEGREE_METHOD))).toBeLessThan(2);
    expect(inLede(keySentences(text, { lang: 'en' }))).toBeGreaterThanOrEqual(2);
  });

  it('stops at two items once they fill a short box, and gives three short ones', () => {
    const long = [
      'The regional council approved a budget on Tuesday that moves forty million dollars from road repairs into the bus network, after a debate that lasted well into the night.',
      'Under the plan, buses on the six busiest routes will run every ten minutes from next spring, and fares for students and pensioners will be cut by half for two years.',
      'Opponents on the council said the roads in the eastern districts were already in poor repair and warned that potholes would multiply before the next budget.',
      'The transport department said it would publish the new timetables in March and hire about sixty drivers over the winter to run the extra buses.',
    ];
    const items = keySentences(long.join(' '), { lang: 'en' });
    expect(items).toHaveLength(MIN_ITEMS);
    expect(words(items.join(' ')).length).toBeGreaterThanOrEqual(DEFAULT_METHOD.boxWords);
    expect(keySentences(NEWS, { lang: 'en' })).toHaveLength(DEFAULT_ITEMS); // NEWS's sentences are short
  });

  it('starts an item after a wire dateline, still as a substring, but keeps a ticker', () => {
    const rest = ' said on Monday that it would build a new factory in the north of the country next year. The factory will employ about two thousand people when it opens in 2027, officials said. Local leaders welcomed the plan after years of job losses in the region.';
    for (const dateline of ['(CNN)', 'London (CNN) -- ', 'PARIS (AP) — ', 'NEW YORK, N.Y. -- ']) {
      const text = `${dateline}The company${rest}`;
      const [first] = keySentences(text, { lang: 'en' });
      expect(first, dateline).toMatch(/^The company said/);
      expect(text).toContain(first);
    }
    expect(keySentences(`Tesla (TSLA) Chief Executive Elon Musk${rest}`, { lang: 'en' })[0]).toMatch(/^Tesla \(TSLA\) Chief/);
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
    // The default three; the opponents' view and the start date lose to the vote, cost and commute.
    expect(items).toEqual(['市议会周二投票决定在河上修建一座新桥，结束了多年的争论。', '新桥将耗资约四千万美元，预计二零二七年通车。', '居民表示新桥将使他们的通勤时间减少一半。']);
  });
});

/** What every article's items must satisfy, whatever the article. */
function expectGoodItems(row: TakeawaysRow): void {
  const items = keySentences(row.article, { lang: 'en' });
  // Every development article has more than three candidate sentences, so the default number,
  // or two when those two already fill the box.
  const full = words(items.join(' ')).length >= DEFAULT_METHOD.boxWords;
  expect(items.length === DEFAULT_ITEMS || (items.length === MIN_ITEMS && full), `${row.id}: ${items.length} items`).toBe(true);
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

describe('keySentences on the vendored news sample', () => {
  it.each(TAKEAWAYS_SETS)('%s: the default number of verbatim items per article, in order and without duplicates', (set) => {
    for (const row of vendoredTakeaways(set)) expectGoodItems(row);
  });
});

describeCorpus('keySentences on every dev article', () => {
  it.each(TAKEAWAYS_SETS)('%s: the default number of verbatim items per article, in order and without duplicates', (set) => {
    for (const row of corpusTakeaways(set)) expectGoodItems(row);
  });
});
