import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { libraryJson, parseImport, type ExportEntry } from '../../../src/core/library/json';
import { mergeEntries } from '../../../src/core/library/merge';
import { createSanitizer } from '../../../src/core/sanitize';
import { record } from './fixtures';

const now = new Date('2026-02-03T10:20:30.000Z');
const sanitize = createSanitizer(new JSDOM('').window as unknown as Window);
const body = { version: 1 as const, title: 'A title', byline: 'Ann', lang: 'en', dir: null, html: '<p>Body <img src="https://img.example/a.png" onerror="alert(1)"><script>alert(2)</script></p>' };

describe('JSON export and import', () => {
  const entries: ExportEntry[] = [
    { record: record('https://s.example/a', { note: 'Mine', hasBody: true, takeaways: { source: 'ai', items: ['x'], edited: true } }), body },
    { record: record('https://s.example/b') },
  ];

  it('is a versioned envelope of whole records, and round-trips through import', () => {
    const text = libraryJson(entries, now);
    expect(JSON.parse(text)).toMatchObject({ format: 'nutshell-library', version: 1, exported: now.toISOString(), count: 2 });
    expect(parseImport(text)).toEqual({ ok: true, entries });
  });

  it('re-keys by the same rule and reads v1 records inside a file', () => {
    const text = JSON.stringify({ format: 'nutshell-library', version: 1, entries: [{ record: { version: 1, url: 'https://s.example/a?utm_source=x', title: 'T', site: null, savedAt: '2025-01-01T00:00:00Z', takeaways: { source: 'page', items: ['i'] } } }] });
    const parsed = parseImport(text);
    expect(parsed.ok && parsed.entries[0]!.record).toMatchObject({ version: 2, url: 'https://s.example/a', note: '' });
  });

  it.each([
    ['not JSON', '{nope', /not JSON/],
    ['a foreign file', JSON.stringify({ bookmarks: [] }), /not a Nutshell library export/],
    ['a Pocket-like export', JSON.stringify([{ url: 'https://a' }]), /not a Nutshell library export/],
    ['a newer file format', JSON.stringify({ format: 'nutshell-library', version: 99, entries: [] }), /newer version/],
    ['a newer record', JSON.stringify({ format: 'nutshell-library', version: 1, entries: [{ record: { version: 7, url: 'https://a.example/' } }] }), /article 1 was saved by a newer version/],
    ['a damaged record', JSON.stringify({ format: 'nutshell-library', version: 1, entries: [{ record: { version: 2, url: 'https://a.example/' } }] }), /article 1 is damaged/],
    ['a non-web URL', JSON.stringify({ format: 'nutshell-library', version: 1, entries: [{ record: record('javascript:alert(1)') }] }), /article 1 is damaged/],
    ['a damaged body', JSON.stringify({ format: 'nutshell-library', version: 1, entries: [{ record: record('https://a.example/'), body: { html: 3 } }] }), /saved page of article 1/],
  ])('refuses %s with a clear message', (_name, text, message) => {
    const parsed = parseImport(text);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(message);
    expect(!parsed.ok && parsed.message).toMatch(/Nothing was changed\.$/);
  });
});

describe('mergeEntries', () => {
  const older = record('https://s.example/a', { updatedAt: '2026-01-01T00:00:00.000Z', takeaways: { source: 'page', items: ['old'], edited: false } });
  const newer = record('https://s.example/a', { updatedAt: '2026-01-05T00:00:00.000Z', takeaways: { source: 'page', items: ['new'], edited: true } });

  it('adds new articles, lets the newer updatedAt win, keeps the replaced copy, skips equal', () => {
    const existing = { 'saved:https://s.example/a': older, 'saved:https://s.example/same': record('https://s.example/same') };
    const result = mergeEntries([
      { record: newer },
      { record: record('https://s.example/same') },
      { record: record('https://s.example/fresh'), body },
    ], existing, sanitize);
    expect([result.added, result.updated, result.skipped]).toEqual([1, 1, 1]);
    expect(result.set['saved:https://s.example/a']).toMatchObject({ takeaways: { items: ['new'] }, previous: { takeaways: { items: ['old'] } } });
    expect(Object.keys(result.set).sort()).toEqual(['body:https://s.example/fresh', 'saved:https://s.example/a', 'saved:https://s.example/fresh']);
  });

  it('an older incoming copy and a newer-version record change nothing', () => {
    const result = mergeEntries([{ record: older }, { record: record('https://s.example/n') }], {
      'saved:https://s.example/a': newer,
      'saved:https://s.example/n': { version: 5, url: 'https://s.example/n', future: true },
    }, sanitize);
    expect(result).toEqual({ set: {}, added: 0, updated: 0, skipped: 2 });
  });

  it('sanitises imported HTML again before it is stored; image URLs stay', () => {
    const result = mergeEntries([{ record: record('https://s.example/z', { hasBody: true }), body }], {}, sanitize);
    const stored = result.set['body:https://s.example/z'] as typeof body;
    expect(stored.html).not.toMatch(/onerror|script|alert/);
    expect(stored.html).toContain('https://img.example/a.png');
  });
});
