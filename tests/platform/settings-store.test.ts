// The settings store against an in-memory storage area and change event with the WebExtension
// contract (onChanged(changes, areaName)); the real storage.sync runs in tests/e2e/settings.e2e.ts.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings/schema';
import { SETTINGS_KEY, settingsStore } from '../../src/platform/settings-store';

type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

function memorySync() {
  const data: Record<string, unknown> = {};
  const listeners = new Set<Listener>();
  const area = {
    async get(key: string) { return key in data ? { [key]: structuredClone(data[key]) } : {}; },
    async set(items: Record<string, unknown>) {
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [k, v] of Object.entries(items)) { changes[k] = { oldValue: data[k], newValue: structuredClone(v) }; data[k] = structuredClone(v); }
      for (const l of listeners) l(changes, 'sync');
    },
  };
  const changes = { addListener: (l: Listener) => void listeners.add(l), removeListener: (l: Listener) => void listeners.delete(l), hasListener: () => false };
  return { data, area, changes, listeners, emit: (c: Record<string, { newValue?: unknown }>, name: string) => listeners.forEach((l) => l(c, name)) };
}

describe('settingsStore', () => {
  it('loads defaults when nothing is stored, and round-trips what it saves as one small item', async () => {
    const m = memorySync();
    const store = settingsStore(m.area as never, m.changes as never);
    expect(await store.load()).toEqual(DEFAULT_SETTINGS);
    await store.save({ ...DEFAULT_SETTINGS, theme: 'dark', textSize: 150 });
    expect(Object.keys(m.data)).toEqual([SETTINGS_KEY]);
    expect(JSON.stringify(m.data).length).toBeLessThan(400);
    expect(await store.load()).toMatchObject({ theme: 'dark', textSize: 150 });
  });

  it('tells every watcher about a change to the settings key in sync only, validated', async () => {
    const m = memorySync();
    const store = settingsStore(m.area as never, m.changes as never);
    const seen: string[] = [];
    const stop = store.watch((s) => seen.push(s.theme));
    await store.save({ ...DEFAULT_SETTINGS, theme: 'sepia' });
    m.emit({ settings: { newValue: { theme: 'contrast' } } }, 'local');
    m.emit({ other: { newValue: 1 } }, 'sync');
    m.emit({ settings: { newValue: { theme: 'bogus' } } }, 'sync');
    stop();
    await store.save({ ...DEFAULT_SETTINGS, theme: 'dark' });
    expect(seen).toEqual(['sepia', 'system']);
    expect(m.listeners.size).toBe(0);
  });

  it('falls back to the defaults when sync cannot be read', async () => {
    const m = memorySync();
    const store = settingsStore({ get: () => Promise.reject(new Error('sync disabled')), set: m.area.set } as never, m.changes as never);
    expect(await store.load()).toEqual(DEFAULT_SETTINGS);
  });
});
