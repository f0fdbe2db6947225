// Fuzz at the one storage module: random stored values (valid records of every version, records
// from a newer Nutshell, mutated and junk values) and random or malformed import files. Nothing
// throws; every valid save stored before is still stored afterwards (as a record, its previous
// version, or kept aside); values the module can't read are left byte for byte; imported HTML is
// sanitised again. fast-check prints the seed of any counterexample so it can be replayed.
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readRecord } from '../../src/core/library/migrate';
import { createSanitizer } from '../../src/core/sanitize';
import { importFile, Library } from '../../src/platform/storage';
import { MemoryArea } from '../helpers/memory-area';

const sanitize = createSanitizer(new JSDOM('').window as unknown as Window);
const lib = (area: MemoryArea) => new Library({ area, sanitize, now: () => new Date('2027-01-01T00:00:00Z') });

const url = fc.tuple(fc.constantFrom('https://a.example/story', 'https://b.example/x', 'http://c.example/'), fc.constantFrom('', '?utm_source=a', '?utm_source=b', '#top', '?id=1&utm_medium=m'))
  .map(([base, tail]) => base + tail);
const iso = fc.integer({ min: Date.parse('2024-01-01'), max: Date.parse('2026-12-31') }).map((t) => new Date(t).toISOString());
const items = fc.array(fc.string({ maxLength: 12 }), { maxLength: 3 });
const source = fc.constantFrom('page', 'local', 'ai');
const v1 = fc.record({ version: fc.constantFrom(1, undefined), url, title: fc.string({ maxLength: 8 }), site: fc.string({ maxLength: 8 }), savedAt: iso,
  takeaways: fc.record({ source, items }) });
const previous = fc.record({ title: fc.string({ maxLength: 8 }), savedAt: iso, updatedAt: iso, takeaways: fc.record({ source, items, edited: fc.boolean() }), note: fc.string({ maxLength: 6 }) });
const v2 = fc.record({ version: fc.constant(2), url, title: fc.string({ maxLength: 8 }), site: fc.option(fc.string({ maxLength: 8 })), savedAt: iso, updatedAt: iso,
  takeaways: fc.record({ source, items, edited: fc.boolean() }), note: fc.string({ maxLength: 6 }), hasBody: fc.boolean(), previous: fc.option(previous) });
const newer = fc.record({ version: fc.integer({ min: 3, max: 99 }), url, anything: fc.jsonValue() });
const mutated = fc.tuple(v2, fc.constantFrom('url', 'title', 'site', 'savedAt', 'takeaways', 'previous', 'version'), fc.jsonValue())
  .map(([r, key, value]) => ({ ...r, [key]: value }));
const value = fc.oneof({ weight: 3, arbitrary: v1 }, { weight: 3, arbitrary: v2 }, newer, mutated, fc.jsonValue());
const entry = fc.tuple(fc.oneof(url, fc.string({ maxLength: 10 })), value).map(([key, v]) => [`saved:${key}`, v] as const);

/** A save's identity: what the reader would miss if it went. */
const identity = (r: { title: string; updatedAt?: string; savedAt: string; takeaways: { items: string[] } }) =>
  JSON.stringify([r.title, r.updatedAt ?? r.savedAt, r.takeaways.items]);

/**
 * Every save held in a store: records, their previous versions (unless `records` only: an import
 * that updates a record keeps the replaced one as previous and lets its older previous go, as
 * Update does), and versions kept aside.
 */
function savesIn(store: Record<string, unknown>, records = false): Set<string> {
  const out = new Set<string>();
  for (const [key, value] of Object.entries(store)) {
    if (key.startsWith('superseded:')) out.add(identity(value as never));
    if (!key.startsWith('saved:')) continue;
    const read = readRecord(value);
    if (read.kind !== 'record') continue;
    out.add(identity(read.record));
    if (read.record.previous && !records) out.add(identity(read.record.previous));
  }
  return out;
}

function unreadable(store: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(store).filter(([key, v]) => key.startsWith('saved:') && readRecord(v).kind !== 'record'));
}

/** Each unreadable value is still at its key, or kept aside under damaged: when a record took the key. */
function expectKept(before: Record<string, unknown>, after: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(unreadable(before))) {
    if (readRecord(value).kind === 'newer') expect(after[key]).toEqual(value);
    else expect([after[key], after[`damaged:${key.slice('saved:'.length)}`]]).toContainEqual(value);
  }
}

describe('random stored values', () => {
  it('list() never throws, loses no valid save, leaves unreadable values alone, and a second list changes nothing', async () => {
    await fc.assert(fc.asyncProperty(fc.array(entry, { maxLength: 12 }), async (entries) => {
      const area = new MemoryArea();
      await area.set(Object.fromEntries(entries));
      const before = area.snapshot();
      const wanted = [...savesIn(before)];
      const listing = await lib(area).list();
      expect(listing.records.every((r) => readRecord(r).kind === 'record')).toBe(true);
      const after = area.snapshot();
      const kept = savesIn(after);
      for (const save of wanted) expect(kept).toContain(save);
      expectKept(before, after);
      expect(listing.newer).toBe(Object.values(before).filter((v) => readRecord(v).kind === 'newer').length);
      await lib(area).list();
      expect(area.snapshot()).toEqual(after);
    }), { numRuns: 400 });
  }, 60_000);
});

const HOSTILE = ['<p>Fine.</p>', '<img src=x onerror=alert(1)>', '<script>alert(1)</script>', '<a href="javascript:alert(1)">x</a>',
  '<svg><script>alert(1)</script></svg>', '<iframe srcdoc="<script>alert(1)</script>"></iframe>', '<style>*{display:none}</style>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', '<form action=https://evil.test><button>x</button></form>',
  '<p id="app" aria-label="Key takeaways">x</p>', '<a href="  jav&#x09;ascript:alert(1)">x</a>', '<base href="https://evil.test/">'];
const body = fc.record({ version: fc.constant(1), title: fc.string({ maxLength: 6 }), byline: fc.option(fc.string({ maxLength: 6 })), lang: fc.constantFrom('en', null),
  dir: fc.constantFrom('ltr', 'rtl', null, 'sideways'), html: fc.array(fc.constantFrom(...HOSTILE), { minLength: 1, maxLength: 4 }).map((a) => a.join('')) });
const exportEntry = fc.record({ record: fc.oneof({ weight: 4, arbitrary: v2.map((r) => ({ ...r, url: r.url.replace(/[?#].*$/, '') })) }, newer, mutated, fc.jsonValue()),
  body: fc.option(fc.oneof({ weight: 4, arbitrary: body }, fc.jsonValue()), { nil: undefined }) });
const file = fc.record({ format: fc.constantFrom('nutshell-library', 'nutshell-library', 'other'), version: fc.constantFrom(1, 1, 2, '1'), exported: iso,
  entries: fc.array(exportEntry, { maxLength: 5 }) });
/** A file's text, sometimes cut short or with a byte changed, as a damaged download would be. */
const fileText = fc.tuple(file, fc.constantFrom('whole', 'cut', 'flip'), fc.nat()).map(([f, how, at]) => {
  const text = JSON.stringify(f);
  if (how === 'cut') return text.slice(0, at % (text.length + 1));
  if (how === 'flip') { const i = at % text.length; return text.slice(0, i) + '"' + text.slice(i + 1); }
  return text;
});

describe('random and malformed import files', () => {
  it('never throws, refuses damaged files whole, loses no valid save, stores only sanitised HTML', async () => {
    await fc.assert(fc.asyncProperty(fc.array(entry, { maxLength: 6 }), fileText, async (entries, text) => {
      const area = new MemoryArea();
      await area.set(Object.fromEntries(entries));
      const before = area.snapshot();
      const outcome = await importFile(lib(area), text, sanitize);
      const after = area.snapshot();
      if (!outcome.ok) expect(after).toEqual(before);
      expect(typeof (outcome.ok ? outcome.added : outcome.message)).toBe(outcome.ok ? 'number' : 'string');
      const kept = savesIn(after);
      for (const save of savesIn(before, true)) expect(kept).toContain(save);
      expectKept(before, after);
      for (const [key, value] of Object.entries(after)) {
        if (!key.startsWith('body:')) continue;
        const html = (value as { html: string }).html;
        expect(html).not.toMatch(/<(script|style|iframe|form|base)|\son\w+=|javascript:|id="app"|aria-label/i);
        expect(sanitize(html)).toBe(html); // stored HTML is already what a view would show
      }
    }), { numRuns: 300 });
  }, 60_000);
});
