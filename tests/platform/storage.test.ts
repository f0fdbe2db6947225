// The storage module against an in-memory area with the StorageArea contract; the real
// chrome.storage.local (full storage included) is exercised end to end in tests/e2e/save.e2e.ts.
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/core/types';
import { getSaved, saveTakeaways, savedKey } from '../../src/platform/storage';

function memoryArea() {
  const data: Record<string, unknown> = {};
  return {
    data,
    async get(key?: string | string[] | Record<string, unknown> | null) {
      return typeof key === 'string' ? (key in data ? { [key]: data[key] } : {}) : { ...data };
    },
    async set(items: Record<string, unknown>) {
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
    const first = new Date('2026-01-02T03:04:05Z');
    const later = new Date('2026-01-02T03:04:06Z');
    await Promise.all([saveTakeaways(a, a.takeaways, area, first), saveTakeaways(b, b.takeaways, area, first)]);
    await saveTakeaways(a, { source: 'local', items: ['New.'] }, area, later);
    expect(Object.keys(area.data).sort()).toEqual([savedKey(a.url), savedKey(b.url)]);
    expect(await getSaved(a.url, area)).toMatchObject({ savedAt: later.toISOString(), takeaways: { source: 'local', items: ['New.'] } });
    expect(await getSaved(b.url, area)).toMatchObject({ savedAt: first.toISOString(), takeaways: { source: 'page', items: ['One.', 'Two.'] } });
  });

  // Full storage is tested against the real chrome.storage.local in tests/e2e/save.e2e.ts: matching
  // its message here would only check our regex against a string we typed ourselves.
  it('a failed write returns the failure with its cause, claims no save and writes nothing', async () => {
    const area = memoryArea();
    area.set = async () => {
      throw new Error('IO error: 0001.ldb: No space left on device');
    };
    const a = article('https://news.example/a');
    const result = await saveTakeaways(a, a.takeaways, area);
    expect(result).toEqual({ ok: false, message: 'These takeaways were not saved (IO error: 0001.ldb: No space left on device). Try again.' });
    expect(area.data).toEqual({});
  });
});
