// Storage faults at the one storage module: writes the browser refuses (a passing I/O error, a full
// storage), values of an older, newer or unknown shape, corrupted values. Each is reported,
// retried or migrated, and no record that was stored before is lost.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createSanitizer } from '../../src/core/sanitize';
import { importFile, Library, damagedKey } from '../../src/platform/storage';
import { FaultyArea, FIREFOX_ERROR, IO_ERROR } from '../helpers/faulty-area';
import { article } from './saved-article';

const sanitize = createSanitizer(new JSDOM('').window as unknown as Window);
let clock = Date.parse('2026-03-01T00:00:00Z');
const now = () => new Date((clock += 1000));
const lib = (area: FaultyArea) => new Library({ area, now, sanitize });
const URL_A = 'https://news.example/a';
const v1 = (url: string, items: string[], savedAt = '2025-01-01T00:00:00.000Z') => ({ version: 1, url, title: 'T', site: 'S', savedAt, takeaways: { source: 'page', items } });

describe('a write that fails', () => {
  it('a passing I/O error is retried and the save lands', async () => {
    const area = new FaultyArea().failNextSets(IO_ERROR);
    const out = await lib(area).save({ article: article(URL_A), takeaways: { source: 'local', items: ['One.'] } });
    expect(out.ok).toBe(true);
    expect(area.setCalls).toBe(2);
    expect((await lib(area).get(URL_A))?.takeaways.items).toEqual(['One.']);
  });

  it('an error that stays is reported with its detail, and the record saved before is untouched', async () => {
    const area = new FaultyArea();
    await lib(area).save({ article: article(URL_A), takeaways: { source: 'page', items: ['Kept.'] } });
    const before = area.snapshot();
    area.failNextSets(FIREFOX_ERROR, 3);
    const out = await lib(area).save({ article: article(URL_A), takeaways: { source: 'local', items: ['New.'] } }, { update: true });
    expect(out).toEqual({ ok: false, kind: 'error', message: `These takeaways were not saved (${FIREFOX_ERROR}). Try again.` });
    expect(area.snapshot()).toEqual(before);
  });

  it('a full storage is not retried (it cannot help) and is reported in words', async () => {
    const area = new FaultyArea();
    await lib(area).save({ article: article(URL_A), takeaways: { source: 'page', items: ['Kept.'] } });
    const before = area.snapshot();
    area.failNextSets('QUOTA_BYTES quota exceeded');
    const calls = area.setCalls;
    const out = await lib(area).edit(URL_A, { items: ['Changed.'] });
    expect(out).toMatchObject({ ok: false, message: expect.stringMatching(/storage is full/) });
    expect(area.setCalls - calls).toBe(1);
    expect(area.snapshot()).toEqual(before);
  });

  it('an edit and an import are retried the same way', async () => {
    const area = new FaultyArea();
    await lib(area).save({ article: article(URL_A), takeaways: { source: 'page', items: ['One.'] } });
    area.failNextSets(IO_ERROR);
    expect((await lib(area).edit(URL_A, { note: 'Mine.' })).ok).toBe(true);
    const file = JSON.stringify({ format: 'nutshell-library', version: 1, entries: [{ record: { ...(await lib(area).get('https://news.example/a'))!, url: 'https://news.example/b' } }] });
    area.failNextSets(IO_ERROR, 2);
    expect(await importFile(lib(area), file, sanitize)).toEqual({ ok: true, added: 1, updated: 0, skipped: 0 });
    area.failNextSets(IO_ERROR, 3);
    const refused = await importFile(lib(area), file.replace('news.example/b', 'news.example/c'), sanitize);
    expect(refused).toMatchObject({ ok: false, message: expect.stringContaining('IO error') });
    expect((await lib(area).list()).records.map((r) => r.url).sort()).toEqual([URL_A, 'https://news.example/b']);
  });
});

describe('values of other shapes', () => {
  it('an older record is migrated; if the upgrade cannot be written it is shown all the same and stored as it was', async () => {
    const area = new FaultyArea();
    const old = v1(URL_A + '?utm_source=x', ['Old.']);
    await area.set({ [`saved:${URL_A}?utm_source=x`]: old });
    area.failNextSets(IO_ERROR, 3); // every try of the upgrade's write
    const first = await lib(area).list();
    expect(first.records).toMatchObject([{ version: 2, url: URL_A, takeaways: { items: ['Old.'] } }]);
    expect(area.snapshot()).toEqual({ [`saved:${URL_A}?utm_source=x`]: old });
    await lib(area).list();
    expect(Object.keys(area.snapshot())).toEqual([`saved:${URL_A}`]);
  });

  it('an upgrade whose clean-up fails is finished by the next read, with no made-up previous version', async () => {
    const area = new FaultyArea();
    await area.set({ [`saved:${URL_A}?utm_source=x`]: v1(URL_A + '?utm_source=x', ['Old.']) });
    area.failNextRemoves(IO_ERROR);
    expect((await lib(area).list()).records).toHaveLength(1);
    expect(Object.keys(area.snapshot()).sort()).toEqual([`saved:${URL_A}`, `saved:${URL_A}?utm_source=x`]);
    const { records } = await lib(area).list();
    expect(records).toMatchObject([{ url: URL_A, takeaways: { items: ['Old.'] }, previous: null }]);
    expect(Object.keys(area.snapshot())).toEqual([`saved:${URL_A}`]);
  });

  it('newer and corrupted values are counted, never shown, never rewritten by a list', async () => {
    const area = new FaultyArea();
    const stored = {
      'saved:https://news.example/new': { version: 9, url: 'https://news.example/new', future: true },
      'saved:https://news.example/bad': '{"version":2,"url":', // a truncated value
      'saved:https://news.example/odd': { version: 2, url: 'https://news.example/odd', title: 5, takeaways: 'x' },
      'saved:https://news.example/ok': v1('https://news.example/ok', ['Fine.']),
    };
    await area.set(stored);
    const listing = await lib(area).list();
    expect(listing).toMatchObject({ newer: 1, damaged: 2, records: [{ url: 'https://news.example/ok' }] });
    const after = area.snapshot();
    for (const key of ['saved:https://news.example/new', 'saved:https://news.example/bad', 'saved:https://news.example/odd']) {
      expect(after[key]).toEqual(stored[key as keyof typeof stored]);
    }
  });

  it('saving over a corrupted value keeps that value aside under damaged:', async () => {
    const area = new FaultyArea();
    const corrupted = { version: 2, url: URL_A, title: null, takeaways: { source: 'elsewhere', items: [1, 2] } };
    await area.set({ [`saved:${URL_A}`]: corrupted });
    const out = await lib(area).save({ article: article(URL_A), takeaways: { source: 'page', items: ['One.'] } });
    expect(out.ok).toBe(true);
    expect(area.snapshot()[damagedKey(URL_A)]).toEqual(corrupted);
    expect(await lib(area).list()).toMatchObject({ damaged: 0, records: [{ url: URL_A }] });
  });

  it('an import over a corrupted value keeps it aside too', async () => {
    const area = new FaultyArea();
    await area.set({ [`saved:${URL_A}`]: [1, 2, 3] });
    const record = { version: 2, url: URL_A, title: 'T', site: null, savedAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z', takeaways: { source: 'page', items: ['I.'], edited: false }, note: '', hasBody: false, previous: null };
    const out = await importFile(lib(area), JSON.stringify({ format: 'nutshell-library', version: 1, entries: [{ record }] }), sanitize);
    expect(out).toEqual({ ok: true, added: 1, updated: 0, skipped: 0 });
    expect(area.snapshot()[damagedKey(URL_A)]).toEqual([1, 2, 3]);
  });
});
