// The storage module against an in-memory area with the StorageArea contract (quota included);
// the real chrome.storage.local is exercised end to end in tests/e2e.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/types';
import { getSaved, saveTakeaways, savedKey } from '../../src/platform/storage';

function memoryArea(quotaBytes = Infinity) {
  const data: Record<string, unknown> = {};
  return {
    data,
    async get(key?: string | string[] | Record<string, unknown> | null) {
      return typeof key === 'string' ? (key in data ? { [key]: data[key] } : {}) : { ...data };
    },
    async set(items: Record<string, unknown>) {
      const size = JSON.stringify({ ...data, ...items }).length;
      if (size > quotaBytes) throw new Error('Resource::kQuotaBytes quota exceeded');
      Object.assign(data, items);
    },
  };
}

const article = (url: string): Article => ({
  url, title: 'A title', byline: null, siteName: null, lang: 'en', dir: null, publishedTime: null,
  html: '<p>x</p>', text: 'x', readingMinutes: 1, takeaways: { source: 'page', items: ['One.', 'Two.'] },
});

describe('saveTakeaways', () => {
  it('writes one versioned record per URL, with the shape the library needs', async () => {
    const area = memoryArea();
    const a = article('https://news.example/a');
    const result = await saveTakeaways(a, a.takeaways, area, new Date('2026-01-02T03:04:05Z'));
    expect(result.ok).toBe(true);
    expect(area.data[savedKey(a.url)]).toEqual({
      version: 1, url: a.url, title: 'A title', site: 'news.example', savedAt: '2026-01-02T03:04:05.000Z',
      takeaways: { source: 'page', items: ['One.', 'Two.'] },
    });
    expect(await getSaved(a.url, area)).toMatchObject({ url: a.url });
  });

  it('saving the same page again replaces it; two pages saved at once both stay', async () => {
    const area = memoryArea();
    const a = article('https://news.example/a');
    const b = article('https://news.example/b');
    await Promise.all([saveTakeaways(a, a.takeaways, area), saveTakeaways(b, b.takeaways, area)]);
    await saveTakeaways(a, { source: 'local', items: ['New.'] }, area);
    expect(Object.keys(area.data).sort()).toEqual([savedKey(a.url), savedKey(b.url)]);
    expect((await getSaved(a.url, area))?.takeaways.items).toEqual(['New.']);
  });

  it('reports full storage in words and writes nothing', async () => {
    const area = memoryArea(10);
    const a = article('https://news.example/a');
    const result = await saveTakeaways(a, a.takeaways, area);
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/storage is full/) });
    expect(area.data).toEqual({});
  });
});
