// The one storage module against an in-memory area with the real API's semantics
// (tests/helpers/memory-area.ts); the browser's own storage is exercised in tests/e2e/library.e2e.ts.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createSanitizer } from '../../src/core/sanitize';
import { Library } from '../../src/platform/storage';
import { MemoryArea } from '../helpers/memory-area';
import { article } from './saved-article';

const sanitize = createSanitizer(new JSDOM('').window as unknown as Window);
let clock = Date.parse('2026-01-02T03:04:05Z');
const now = () => new Date((clock += 1000));
const lib = (area: MemoryArea) => new Library({ area, now, sanitize });


describe('Library.save', () => {
  it('writes a v2 record under the clean URL and the sanitised body under its own key', async () => {
    const area = new MemoryArea();
    const a = article('https://news.example/a?utm_source=x#top', { canonicalUrl: 'https://news.example/a-canonical' });
    const out = await lib(area).save({ article: a, takeaways: a.takeaways });
    expect(out.ok).toBe(true);
    expect(Object.keys(area.snapshot()).sort()).toEqual(['body:https://news.example/a-canonical', 'saved:https://news.example/a-canonical']);
    expect(area.snapshot()['saved:https://news.example/a-canonical']).toEqual({
      version: 2, url: 'https://news.example/a-canonical', title: 'A title', site: 'News',
      savedAt: expect.any(String), updatedAt: expect.any(String),
      takeaways: { source: 'page', items: ['One.', 'Two.'], edited: false }, note: '', hasBody: true, previous: null,
    });
    const body = area.snapshot()['body:https://news.example/a-canonical'] as { html: string; byline: string };
    expect(body.html).toContain('https://img.example/a.png');
    expect(body.html).not.toContain('onerror');
    expect(body.byline).toBe('Ann');
  });

  it('a page from another origin cannot pick another site\'s record', async () => {
    const area = new MemoryArea();
    const a = article('https://evil.example/x', { canonicalUrl: 'https://news.example/a' });
    await lib(area).save({ article: a, takeaways: a.takeaways });
    expect(Object.keys(area.snapshot())).toContain('saved:https://evil.example/x');
  });

  it('saved earlier: nothing replaced unseen; Update keeps the replaced version as previous until the next update', async () => {
    const area = new MemoryArea();
    const library = lib(area);
    const a = article('https://news.example/a');
    const first = await library.save({ article: a, takeaways: a.takeaways });
    const again = await library.save({ article: a, takeaways: { source: 'ai', items: ['AI one.'] } });
    expect(again).toEqual({ ok: false, kind: 'exists', record: first.ok && first.record });
    const updated = await library.save({ article: a, takeaways: { source: 'ai', items: ['AI one.'] } }, { update: true });
    expect(updated.ok && updated.record.previous?.takeaways.items).toEqual(['One.', 'Two.']);
    expect(updated.ok && updated.record.savedAt).toBe(first.ok && first.record.savedAt);
    const third = await library.save({ article: a, takeaways: { source: 'local', items: ['Third.'] } }, { update: true });
    expect(third.ok && third.record.previous?.takeaways.items).toEqual(['AI one.']);
    expect((await library.get('https://news.example/a'))?.takeaways.items).toEqual(['Third.']);
  });

  it('never overwrites a record of a newer version', async () => {
    const area = new MemoryArea();
    const future = { version: 3, url: 'https://news.example/a', shiny: ['x'] };
    await area.set({ 'saved:https://news.example/a': future });
    const a = article('https://news.example/a');
    const out = await lib(area).save({ article: a, takeaways: a.takeaways }, { update: true });
    expect(out).toMatchObject({ ok: false, kind: 'newer', message: expect.stringMatching(/newer version of Nutshell/) });
    expect(area.snapshot()['saved:https://news.example/a']).toEqual(future);
    expect(await lib(area).list()).toEqual({ records: [], newer: 1, damaged: 0 });
    expect(await lib(area).edit('https://news.example/a', { note: 'x' })).toMatchObject({ kind: 'newer' });
  });

  it('reports a full storage in words, writes nothing, and the caller still has what it saved', async () => {
    const area = new MemoryArea({ quotaBytes: 300 });
    const a = article('https://news.example/a');
    const out = await lib(area).save({ article: a, takeaways: a.takeaways });
    expect(out).toEqual({ ok: false, kind: 'error', message: expect.stringMatching(/storage is full/) });
    expect(area.snapshot()).toEqual({});
  });

  it('takeaways only when bodies are turned off (an old body is removed)', async () => {
    const area = new MemoryArea();
    const a = article('https://news.example/a');
    await lib(area).save({ article: a, takeaways: a.takeaways });
    await lib(area).save({ article: a, takeaways: a.takeaways }, { update: true, keepBody: false });
    expect(Object.keys(area.snapshot())).toEqual(['saved:https://news.example/a']);
  });

  it('200 saves started at once from two views are all present afterwards', async () => {
    const area = new MemoryArea();
    const [one, two] = [lib(area), lib(area)];
    const urls = Array.from({ length: 200 }, (_, i) => `https://news.example/story-${i}`);
    const outcomes = await Promise.all(urls.map((url, i) => (i % 2 ? one : two).save({ article: article(url), takeaways: { source: 'local', items: [`Item ${i}.`] } })));
    expect(outcomes.every((o) => o.ok)).toBe(true);
    const { records } = await one.list();
    expect(records.map((r) => r.url).sort()).toEqual([...urls].sort());
    expect(records.find((r) => r.url.endsWith('-7'))?.takeaways.items).toEqual(['Item 7.']);
  });
});

describe('Library.list, edit, remove, subscribe', () => {
  it('lists records without reading bodies, with or without getKeys', async () => {
    for (const withoutGetKeys of [false, true]) {
      const area = new MemoryArea({ withoutGetKeys });
      const a = article('https://news.example/a');
      await lib(area).save({ article: a, takeaways: a.takeaways });
      area.reads.clear();
      const { records } = await lib(area).list();
      expect(records.map((r) => r.url)).toEqual(['https://news.example/a']);
      if (!withoutGetKeys) expect(area.reads.has('body:https://news.example/a')).toBe(false);
    }
  });

  it('migrates v1 records on read and stores the upgrade (re-keyed, merged, nothing dropped)', async () => {
    const area = new MemoryArea();
    const v1 = (url: string, savedAt: string, items: string[]) => ({ version: 1, url, title: 'T', site: 'S', savedAt, takeaways: { source: 'page', items } });
    await area.set({
      'saved:https://s.example/a?utm_source=x': v1('https://s.example/a?utm_source=x', '2025-01-01T00:00:00.000Z', ['Old.']),
      'saved:https://s.example/a': v1('https://s.example/a', '2025-02-01T00:00:00.000Z', ['New.']),
      'saved:https://s.example/b': v1('https://s.example/b', '2025-02-01T00:00:00.000Z', ['B.']),
      'settings:other': { keep: true },
    });
    const { records } = await lib(area).list();
    expect(records.map((r) => r.url).sort()).toEqual(['https://s.example/a', 'https://s.example/b']);
    const stored = area.snapshot();
    expect(Object.keys(stored).sort()).toEqual(['saved:https://s.example/a', 'saved:https://s.example/b', 'settings:other']);
    expect(stored['saved:https://s.example/a']).toMatchObject({ version: 2, takeaways: { items: ['New.'] }, previous: { takeaways: { items: ['Old.'] } } });
    expect(stored['saved:https://s.example/b']).toMatchObject({ version: 2, title: 'T', site: 'S', takeaways: { items: ['B.'], edited: false } });
  });

  it('edits mark the items edited and move updatedAt; the note alone does not mark items', async () => {
    const area = new MemoryArea();
    const library = lib(area);
    const a = article('https://news.example/a');
    const saved = await library.save({ article: a, takeaways: a.takeaways });
    const noted = await library.edit('https://news.example/a', { note: 'Mine.' });
    expect(noted.ok && noted.record.takeaways.edited).toBe(false);
    const edited = await library.edit('https://news.example/a', { items: ['Two.', 'One, fixed.', 'Added.'] });
    expect(edited.ok && edited.record).toMatchObject({ note: 'Mine.', takeaways: { items: ['Two.', 'One, fixed.', 'Added.'], edited: true } });
    expect(edited.ok && saved.ok && edited.record.updatedAt > saved.record.updatedAt).toBe(true);
  });

  it('another view hears saves, edits and removals through onChanged; remove drops the body too', async () => {
    const area = new MemoryArea();
    const heard: { url: string; items: string[] | null }[] = [];
    const stop = lib(area).subscribe((changes) => heard.push(...changes.map((c) => ({ url: c.url, items: c.record?.takeaways.items ?? null }))));
    const writer = lib(area);
    const a = article('https://news.example/a');
    await writer.save({ article: a, takeaways: a.takeaways });
    await writer.edit('https://news.example/a', { items: ['Edited.'] });
    await writer.remove('https://news.example/a');
    await new Promise((r) => setTimeout(r, 5));
    expect(heard).toEqual([
      { url: 'https://news.example/a', items: ['One.', 'Two.'] },
      { url: 'https://news.example/a', items: ['Edited.'] },
      { url: 'https://news.example/a', items: null },
    ]);
    expect(area.snapshot()).toEqual({});
    stop();
    await writer.save({ article: a, takeaways: a.takeaways });
    await new Promise((r) => setTimeout(r, 5));
    expect(heard).toHaveLength(3);
  });

  it('reports how much the library uses', async () => {
    const area = new MemoryArea();
    const library = lib(area);
    expect(await library.usage()).toBe(0);
    await library.save({ article: article('https://news.example/a'), takeaways: { source: 'page', items: ['x'] } });
    expect(await library.usage()).toBeGreaterThan(200);
  });
});
