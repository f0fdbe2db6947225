// Import/export and opt-in sync through the storage module, against in-memory areas with Chrome's
// real limits (tests/helpers/memory-area.ts: 100 KB, 8 KB per item, 512 items, write rates).
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { libraryJson } from '../../src/core/library/json';
import { createSanitizer } from '../../src/core/sanitize';
import { exportEntries, importFile, Library, LibrarySync } from '../../src/platform/storage';
import { MemoryArea, SYNC_LIMITS } from '../helpers/memory-area';
import { article } from './saved-article';

const sanitize = createSanitizer(new JSDOM('').window as unknown as Window);
let minute = 0;
const clockMs = () => minute * 60_000;
let t = Date.parse('2026-01-01T00:00:00Z');
const lib = (area = new MemoryArea()) => new Library({ area, sanitize, now: () => new Date((t += 60_000)) });

async function fill(library: Library, count: number, itemChars = 40) {
  for (let i = 0; i < count; i++) {
    await library.save({ article: article(`https://news.example/${i}`), takeaways: { source: 'local', items: [`Story ${i} `.padEnd(itemChars, 'x')] } });
  }
}

describe('export and import', () => {
  it('a JSON export imported into a fresh profile restores records and bodies; again, all skipped', async () => {
    const source = lib();
    await fill(source, 3);
    await source.edit('https://news.example/1', { note: 'Mine.' });
    const { records } = await source.list();
    const text = libraryJson(await exportEntries(source, records), new Date());
    const fresh = lib();
    expect(await importFile(fresh, text, sanitize)).toEqual({ ok: true, added: 3, updated: 0, skipped: 0 });
    expect((await fresh.list()).records.sort((a, b) => a.url.localeCompare(b.url))).toEqual(records.sort((a, b) => a.url.localeCompare(b.url)));
    expect((await fresh.body('https://news.example/1'))?.html).toContain('img.example');
    expect(await importFile(fresh, text, sanitize)).toEqual({ ok: true, added: 0, updated: 0, skipped: 3 });
  });

  it('a malformed or foreign file changes nothing', async () => {
    const target = lib();
    await fill(target, 2);
    const before = (target.area as MemoryArea).snapshot();
    for (const text of ['', 'garbage', JSON.stringify({ format: 'other' }), JSON.stringify({ format: 'nutshell-library', version: 1, entries: [{ record: {} }] })]) {
      const out = await importFile(target, text, sanitize);
      expect(out.ok).toBe(false);
    }
    expect((target.area as MemoryArea).snapshot()).toEqual(before);
  });

  it('an import that does not fit reports the full storage and writes nothing', async () => {
    const source = lib();
    await fill(source, 5);
    const text = libraryJson(await exportEntries(source, (await source.list()).records), new Date());
    const small = lib(new MemoryArea({ quotaBytes: 1500 }));
    const out = await importFile(small, text, sanitize);
    expect(out).toEqual({ ok: false, message: expect.stringMatching(/storage is full/) });
    expect((small.area as MemoryArea).snapshot()).toEqual({});
  });
});

describe('LibrarySync', () => {
  it('pushes the newest articles within 100 KB and counts the rest as local only', async () => {
    const local = lib();
    await fill(local, 150, 900);
    const sync = new MemoryArea(SYNC_LIMITS);
    const status = await new LibrarySync(local, sync).push();
    expect(status.ok).toBe(true);
    expect(status.synced + status.localOnly).toBe(150);
    expect(status.localOnly).toBeGreaterThan(0);
    const keys = Object.keys(sync.snapshot());
    expect(keys).toContain('saved:https://news.example/149');
    expect(keys).not.toContain('saved:https://news.example/0');
    expect(await sync.getBytesInUse(null)).toBeLessThanOrEqual(102_400);
    expect(Object.values(sync.snapshot()).every((r) => (r as { previous: unknown; hasBody: boolean }).previous === null && !(r as { hasBody: boolean }).hasBody)).toBe(true);
  });

  it('writes only what changed, in at most two write operations per push', async () => {
    const local = lib();
    await fill(local, 10);
    const sync = new MemoryArea({ ...SYNC_LIMITS, writesPerMinute: 2, clock: clockMs });
    const engine = new LibrarySync(local, sync);
    expect(await engine.push()).toMatchObject({ ok: true, written: 10 });
    expect(await engine.push()).toMatchObject({ ok: true, written: 0 });
    await local.edit('https://news.example/3', { note: 'changed' });
    expect(await engine.push()).toMatchObject({ ok: true, written: 1 });
  });

  it('the write-rate limit is reported as retryable and loses nothing', async () => {
    minute = 10;
    const local = lib();
    await fill(local, 3);
    const sync = new MemoryArea({ ...SYNC_LIMITS, writesPerMinute: 1, clock: clockMs });
    const engine = new LibrarySync(local, sync);
    expect(await engine.push()).toMatchObject({ ok: true });
    await local.edit('https://news.example/1', { note: 'later' });
    const limited = await engine.push();
    expect(limited).toMatchObject({ ok: false, retry: true, message: expect.stringMatching(/limits how often/) });
    expect((await local.get('https://news.example/1'))?.note).toBe('later');
    minute = 11;
    expect(await engine.push()).toMatchObject({ ok: true, written: 1 });
    expect(sync.snapshot()['saved:https://news.example/1']).toMatchObject({ note: 'later' });
  });

  it('pulls newer copies from another device, keeps this device\'s body, never pushes over a newer remote', async () => {
    const sync = new MemoryArea(SYNC_LIMITS);
    const laptop = lib();
    const phone = lib();
    await fill(laptop, 2);
    await new LibrarySync(laptop, sync).push();
    expect(await new LibrarySync(phone, sync).pull()).toBe(2);
    expect((await phone.list()).records).toHaveLength(2);
    await phone.edit('https://news.example/0', { note: 'from the phone' });
    await new LibrarySync(phone, sync).push();
    expect(await new LibrarySync(laptop, sync).pull()).toBe(1);
    const mine = await laptop.get('https://news.example/0');
    expect(mine).toMatchObject({ note: 'from the phone', hasBody: true });
    expect(mine?.previous?.note).toBe('');
    expect((await laptop.body('https://news.example/0'))?.html).toContain('Body');
  });

  it('a record over the 8 KB item limit stays local and the rest still sync', async () => {
    const local = lib();
    await fill(local, 2);
    await local.edit('https://news.example/0', { note: 'n'.repeat(9000) });
    const sync = new MemoryArea(SYNC_LIMITS);
    expect(await new LibrarySync(local, sync).push()).toMatchObject({ ok: true, synced: 1, localOnly: 1 });
  });
});
