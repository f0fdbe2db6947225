// The library's first-screen hint (core/library/recent.ts) kept by the storage module: a new save
// goes on top, a removal leaves, a refused hint write never fails the save, and the first screen
// reads only the hint and the records it names (never the whole library, never a body).
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createSanitizer } from '../../src/core/sanitize';
import { FIRST_SCREEN, RECENT_KEY, recentHint, byNewest } from '../../src/core/library/recent';
import { Library } from '../../src/platform/storage';
import { MemoryArea } from '../helpers/memory-area';
import { article } from './saved-article';

const sanitize = createSanitizer(new JSDOM('').window as unknown as Window);
let clock = Date.parse('2026-01-02T03:04:05Z');
const now = () => new Date((clock += 1000));
const settle = () => new Promise((r) => setTimeout(r, 20)); // hint writes are not awaited by save

describe('the first-screen hint', () => {
  it('is written by the library page, then kept by saves and removals; the first screen reads only what it names', async () => {
    const area = new MemoryArea();
    const lib = new Library({ area, now, sanitize });
    for (let i = 0; i < 3; i++) await lib.save({ article: article(`https://news.example/${i}`), takeaways: { source: 'page', items: [`Item ${i}.`] } });
    await settle();
    expect(area.snapshot()[RECENT_KEY]).toBeUndefined(); // no hint until the library page has read everything
    expect(await lib.firstScreen()).toBeNull();
    const all = (await lib.list()).records.sort(byNewest);
    await lib.keepHint(recentHint(all));
    expect(area.snapshot()[RECENT_KEY]).toEqual({ version: 1, total: 3, urls: ['https://news.example/2', 'https://news.example/1', 'https://news.example/0'] });

    await lib.save({ article: article('https://news.example/new'), takeaways: { source: 'local', items: ['New.'] } });
    await settle();
    expect((area.snapshot()[RECENT_KEY] as { urls: string[] }).urls[0]).toBe('https://news.example/new');
    await lib.remove('https://news.example/1');
    await settle();
    expect(area.snapshot()[RECENT_KEY]).toEqual({ version: 1, total: 3, urls: ['https://news.example/new', 'https://news.example/2', 'https://news.example/0'] });

    area.reads.clear();
    const first = await lib.firstScreen();
    expect(first!.records.map((r) => r.url)).toEqual(['https://news.example/new', 'https://news.example/2', 'https://news.example/0']);
    expect(first!.total).toBe(3);
    expect([...area.reads.keys()].sort()).toEqual([RECENT_KEY, 'saved:https://news.example/0', 'saved:https://news.example/2', 'saved:https://news.example/new']);
  });

  it('holds at most one screen of URLs', () => {
    const records = Array.from({ length: FIRST_SCREEN + 5 }, (_, i) => ({ url: `https://x.example/${i}`, savedAt: new Date(Date.UTC(2026, 0, 1, i)).toISOString() }));
    const hint = recentHint(records.map((r) => r as never).sort(byNewest));
    expect(hint.urls).toHaveLength(FIRST_SCREEN);
    expect(hint.total).toBe(FIRST_SCREEN + 5);
    expect(hint.urls[0]).toBe(`https://x.example/${FIRST_SCREEN + 4}`);
  });

  it('a refused hint write (storage full) never fails the save; the hint stays as it was', async () => {
    const area = new MemoryArea();
    await area.set({ [RECENT_KEY]: { version: 1, total: 0, urls: [] } });
    const set = area.set.bind(area);
    // Chrome's message, only for the hint: the record itself fits.
    area.set = async (items) => (RECENT_KEY in items ? Promise.reject(new Error('Resource::kQuotaBytes quota exceeded')) : set(items));
    const lib = new Library({ area, now, sanitize });
    const out = await lib.save({ article: article('https://news.example/s'), takeaways: { source: 'page', items: ['Kept.'] } });
    expect(out.ok).toBe(true);
    await settle();
    expect(area.snapshot()['saved:https://news.example/s']).toMatchObject({ takeaways: { items: ['Kept.'] } });
    expect(area.snapshot()[RECENT_KEY]).toEqual({ version: 1, total: 0, urls: [] });
  });
});
