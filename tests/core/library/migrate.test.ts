import { describe, expect, it } from 'vitest';
import { migrationPlan, readRecord } from '../../../src/core/library/migrate';
import { record } from './fixtures';

const v1 = (url: string, savedAt: string, items = ['One.', 'Two.']) => ({
  version: 1, url, title: 'Old title | Site', site: 'www.site.example', savedAt, takeaways: { source: 'local', items },
});

describe('readRecord', () => {
  it('reads a v1 record intact as v2', () => {
    const read = readRecord(v1('https://site.example/a', '2025-05-06T07:08:09.000Z'));
    expect(read).toEqual({
      kind: 'record', migrated: true,
      record: {
        version: 2, url: 'https://site.example/a', title: 'Old title | Site', site: 'www.site.example',
        savedAt: '2025-05-06T07:08:09.000Z', updatedAt: '2025-05-06T07:08:09.000Z',
        takeaways: { source: 'local', items: ['One.', 'Two.'], edited: false }, note: '', hasBody: false, previous: null,
      },
    });
  });
  it('reads v1 with a null site and every source', () => {
    for (const source of ['page', 'local', 'ai']) {
      const read = readRecord({ ...v1('https://s.example/', '2025-01-01T00:00:00Z'), site: null, takeaways: { source, items: [] } });
      expect(read.kind === 'record' && read.record.takeaways.source).toBe(source);
      expect(read.kind === 'record' && read.record.site).toBe(null);
    }
  });
  it('reads v2 as it is', () => {
    const r = record('https://s.example/a', { note: 'Mine', takeaways: { source: 'ai', items: ['x'], edited: true } });
    expect(readRecord(r)).toEqual({ kind: 'record', record: r, migrated: false });
  });
  it('reports a newer version (to be kept untouched) and refuses junk', () => {
    expect(readRecord({ version: 3, url: 'https://s.example/', whatever: true })).toEqual({ kind: 'newer', version: 3 });
    for (const junk of [null, 'x', [], { version: 'two' }, { version: 2, url: 'u' }, { version: 1, url: 'u', takeaways: { source: 'x', items: [] } }]) {
      expect(readRecord(junk).kind).toBe('invalid');
    }
  });
});

describe('migrationPlan', () => {
  it('re-keys v1 records by the key rule and upgrades them in place', () => {
    const plan = migrationPlan({
      'saved:https://s.example/a?utm_source=x#top': v1('https://s.example/a?utm_source=x#top', '2025-01-01T00:00:00.000Z'),
      'saved:https://s.example/b': v1('https://s.example/b', '2025-01-02T00:00:00.000Z'),
    });
    expect(plan.remove).toEqual(['saved:https://s.example/a?utm_source=x#top']);
    expect(Object.keys(plan.set).sort()).toEqual(['saved:https://s.example/a', 'saved:https://s.example/b']);
    expect(plan.set['saved:https://s.example/a']).toMatchObject({ version: 2, url: 'https://s.example/a', title: 'Old title | Site' });
  });
  it('merges two records that meet under one key: newer savedAt wins, the other kept as previous', () => {
    const plan = migrationPlan({
      'saved:https://s.example/a#one': v1('https://s.example/a#one', '2025-01-01T00:00:00.000Z', ['Older.']),
      'saved:https://s.example/a?fbclid=1': v1('https://s.example/a?fbclid=1', '2025-03-01T00:00:00.000Z', ['Newer.']),
    });
    expect(plan.remove.sort()).toEqual(['saved:https://s.example/a#one', 'saved:https://s.example/a?fbclid=1']);
    const merged = plan.set['saved:https://s.example/a'] as ReturnType<typeof record>;
    expect(merged.takeaways.items).toEqual(['Newer.']);
    expect(merged.previous?.takeaways.items).toEqual(['Older.']);
  });
  it('leaves current records, newer-version records and junk alone', () => {
    const current = record('https://s.example/c');
    const plan = migrationPlan({
      'saved:https://s.example/c': current,
      'saved:https://s.example/n?utm_source=x': { version: 9, url: 'https://s.example/n?utm_source=x' },
      'saved:junk': 42,
    });
    expect(plan).toEqual({ set: {}, remove: [] });
  });
});
