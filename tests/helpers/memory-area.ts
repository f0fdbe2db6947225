// An in-memory StorageArea with the real API's semantics, for the storage module's unit tests:
// every call is asynchronous (resolves on a later task, as the browser's IPC does), values are
// copied through JSON as Chrome stores them, onChanged fires after a write with old/new values for
// the keys that really changed, and the quotas refuse a whole write with Chrome's own messages:
// QUOTA_BYTES (10 MB local / 100 KB sync), QUOTA_BYTES_PER_ITEM, MAX_ITEMS and the sync write
// rates (MAX_WRITE_OPERATIONS_PER_MINUTE / _PER_HOUR, counted per set/remove call).
import { storedBytes } from '../../src/core/library/record';
import type { Area, ChangeListener, StorageChange } from '../../src/platform/storage/area';

export interface MemoryAreaOptions {
  quotaBytes?: number;
  quotaBytesPerItem?: number;
  maxItems?: number;
  writesPerMinute?: number;
  writesPerHour?: number;
  /** Milliseconds; injectable so rate windows are tested without waiting. */
  clock?: () => number;
  /** Leave out getKeys, as Firefox before 143 does. */
  withoutGetKeys?: boolean;
}

export const LOCAL_LIMITS: MemoryAreaOptions = { quotaBytes: 10_485_760 };
export const SYNC_LIMITS: MemoryAreaOptions = {
  quotaBytes: 102_400, quotaBytesPerItem: 8_192, maxItems: 512, writesPerMinute: 120, writesPerHour: 1_800,
};

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
const copy = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export class MemoryArea implements Area {
  readonly data = new Map<string, string>();
  private listeners = new Set<ChangeListener>();
  private writes: number[] = [];
  /** Reads of each key, so a test can prove the list never reads bodies. */
  readonly reads = new Map<string, number>();
  getKeys?: () => Promise<string[]>;

  constructor(private readonly options: MemoryAreaOptions = LOCAL_LIMITS) {
    if (!options.withoutGetKeys) this.getKeys = async () => (await tick(), [...this.data.keys()]);
  }

  onChanged = {
    addListener: (cb: ChangeListener) => void this.listeners.add(cb),
    removeListener: (cb: ChangeListener) => void this.listeners.delete(cb),
  };

  async get(keys?: string | string[] | null): Promise<Record<string, unknown>> {
    await tick();
    const wanted = keys == null ? [...this.data.keys()] : typeof keys === 'string' ? [keys] : keys;
    const out: Record<string, unknown> = {};
    for (const key of wanted) {
      const value = this.data.get(key);
      this.reads.set(key, (this.reads.get(key) ?? 0) + 1);
      if (value !== undefined) out[key] = JSON.parse(value);
    }
    return out;
  }

  async getBytesInUse(keys?: string | string[] | null): Promise<number> {
    await tick();
    const wanted = keys == null ? [...this.data.keys()] : typeof keys === 'string' ? [keys] : keys;
    return wanted.reduce((sum, key) => sum + (this.data.has(key) ? key.length + this.data.get(key)!.length : 0), 0);
  }

  async set(items: Record<string, unknown>): Promise<void> {
    await tick();
    this.countWrite();
    const next = new Map(this.data);
    const sizes = new Map(this.sizes);
    for (const [key, value] of Object.entries(items)) {
      if (value === undefined) continue;
      const size = storedBytes(key, value);
      if (this.options.quotaBytesPerItem && size > this.options.quotaBytesPerItem) {
        throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      }
      next.set(key, JSON.stringify(value));
      sizes.set(key, size);
    }
    if (this.options.maxItems && next.size > this.options.maxItems) throw new Error('MAX_ITEMS quota exceeded');
    if (this.options.quotaBytes && this.bytes(next, sizes) > this.options.quotaBytes) throw new Error('QUOTA_BYTES quota exceeded');
    this.sizes = sizes;
    this.commit(next);
  }

  async remove(keys: string | string[]): Promise<void> {
    await tick();
    this.countWrite();
    const next = new Map(this.data);
    for (const key of typeof keys === 'string' ? [keys] : keys) {
      next.delete(key);
      this.sizes.delete(key);
    }
    this.commit(next);
  }

  async clear(): Promise<void> {
    await tick();
    this.sizes.clear();
    this.commit(new Map());
  }

  /** Snapshot of the stored values, parsed. */
  snapshot(): Record<string, unknown> {
    return Object.fromEntries([...this.data].map(([k, v]) => [k, JSON.parse(v)]));
  }

  /** storedBytes of each key, as the quota counts it (key + JSON value, UTF-8). */
  private sizes = new Map<string, number>();

  private bytes(next: Map<string, string>, sizes: Map<string, number>): number {
    let sum = 0;
    for (const key of next.keys()) sum += sizes.get(key) ?? 0;
    return sum;
  }

  private countWrite(): void {
    const { writesPerMinute, writesPerHour, clock = Date.now } = this.options;
    if (!writesPerMinute && !writesPerHour) return;
    const now = clock();
    this.writes = this.writes.filter((t) => now - t < 3_600_000);
    if (writesPerHour && this.writes.length >= writesPerHour) throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.');
    if (writesPerMinute && this.writes.filter((t) => now - t < 60_000).length >= writesPerMinute) {
      throw new Error('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
    }
    this.writes.push(now);
  }

  private commit(next: Map<string, string>): void {
    const changes: Record<string, StorageChange> = {};
    for (const key of new Set([...this.data.keys(), ...next.keys()])) {
      const before = this.data.get(key);
      const after = next.get(key);
      if (before === after) continue;
      changes[key] = {
        ...(before !== undefined ? { oldValue: JSON.parse(before) } : {}),
        ...(after !== undefined ? { newValue: JSON.parse(after) } : {}),
      };
    }
    this.data.clear();
    for (const [k, v] of next) this.data.set(k, v);
    if (Object.keys(changes).length === 0) return;
    // Listeners hear about it on a later task, each with its own copy, as in the browser.
    for (const listener of [...this.listeners]) setTimeout(() => listener(copy(changes)), 0);
  }
}
