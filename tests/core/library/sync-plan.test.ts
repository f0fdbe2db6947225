import { describe, expect, it } from 'vitest';
import { storedBytes } from '../../../src/core/library/record';
import { SYNC_QUOTA, syncPlan } from '../../../src/core/library/sync-plan';
import { record } from './fixtures';

const at = (day: number) => new Date(Date.UTC(2026, 0, 1) + day * 86_400_000).toISOString();

describe('syncPlan', () => {
  it('syncs the newest within 100 KB and counts the oldest as local only', () => {
    const records = Array.from({ length: 200 }, (_, i) => record(`https://s.example/${i}`, { updatedAt: at(i), takeaways: { source: 'local', items: ['x'.repeat(900)], edited: false } }));
    const plan = syncPlan(records);
    const bytes = Object.entries(plan.items).reduce((sum, [k, v]) => sum + storedBytes(k, v), 0);
    expect(bytes).toBeLessThanOrEqual(SYNC_QUOTA.bytes);
    expect(Object.keys(plan.items).length + plan.localOnly).toBe(200);
    expect(plan.localOnly).toBeGreaterThan(0);
    expect(plan.items['saved:https://s.example/199']).toBeDefined();
    expect(plan.items['saved:https://s.example/0']).toBeUndefined();
  });
  it('keeps a record over 8 KB local, never syncs previous, and respects 512 items with the reserved ones', () => {
    const big = record('https://s.example/big', { note: 'n'.repeat(9000) });
    const withPrev = record('https://s.example/p', { previous: { title: 't', savedAt: at(0), updatedAt: at(0), note: '', takeaways: { source: 'page', items: ['old'], edited: false } } });
    const plan = syncPlan([big, withPrev]);
    expect(plan.localOnly).toBe(1);
    expect(plan.items['saved:https://s.example/p']?.previous).toBeNull();
    const many = Array.from({ length: 600 }, (_, i) => record(`https://s.example/${i}`, { title: '', site: null, takeaways: { source: 'page', items: [], edited: false } }));
    const small = syncPlan(many, { bytes: 0, items: 1 });
    expect(Object.keys(small.items).length).toBeLessThanOrEqual(511);
  });
});
