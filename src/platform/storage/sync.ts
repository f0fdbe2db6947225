// Opt-in sync of takeaways and notes through the browser's own storage.sync (no server of ours).
// Chrome's limits: 100 KB, 8 KB per item, 512 items, 120 writes a minute, 1,800 an hour. Each
// push is at most two write operations (one set, one remove); the newest articles sync and the
// oldest stay local, counted. Incoming copies merge like an import: newer updatedAt wins.
import { mergeEntries } from '../../core/library/merge';
import { readRecord } from '../../core/library/migrate';
import { isSavedKey, type SavedRecord } from '../../core/library/record';
import { syncPlan } from '../../core/library/sync-plan';
import { errorMessage } from '../../core/errors';
import { MESSAGES } from '../../core/messages';
import { isQuotaError, isRateError, type Area } from './area';
import type { Library } from './library-store';

/** Kept free for the reader's settings item (issue 10), which is written first. */
export const SYNC_RESERVED = { bytes: 8_192, items: 1 };

export type SyncStatus =
  | { ok: true; synced: number; localOnly: number; written: number }
  | { ok: false; synced: number; localOnly: number; message: string; retry: boolean };

export class LibrarySync {
  constructor(private readonly library: Library, private readonly sync: Area) {}

  /** Bring newer copies from sync into this device's library (takeaways and notes; no bodies). */
  async pull(): Promise<number> {
    const remote = await this.savedIn(this.sync);
    const incoming = Object.values(remote).flatMap((value) => {
      const read = readRecord(value);
      return read.kind === 'record' ? [{ record: read.record }] : [];
    });
    if (!incoming.length) return 0;
    const existing = await this.library.area.get(incoming.map((e) => `saved:${e.record.url}`));
    // Keep this device's body flag and copy: sync never carries bodies.
    const merge = mergeEntries(incoming.map((e) => ({ record: { ...e.record, hasBody: false } })), existing, (html) => html);
    for (const [key, value] of Object.entries(merge.set)) {
      const local = readRecord(existing[key]);
      if (local.kind === 'record' && local.record.hasBody) merge.set[key] = { ...(value as SavedRecord), hasBody: true };
    }
    if (Object.keys(merge.set).length) await this.library.area.set(merge.set);
    return merge.added + merge.updated;
  }

  /** Make storage.sync hold exactly the plan's items, writing only what changed. */
  async push(records?: SavedRecord[]): Promise<SyncStatus> {
    const all = records ?? (await this.library.list()).records;
    const plan = syncPlan(all, SYNC_RESERVED);
    const synced = Object.keys(plan.items).length;
    try {
      const remote = await this.savedIn(this.sync);
      const set: Record<string, unknown> = {};
      for (const [key, record] of Object.entries(plan.items)) {
        const there = readRecord(remote[key]);
        // A newer copy from another device is pulled, never overwritten.
        if (there.kind === 'newer' || (there.kind === 'record' && Date.parse(there.record.updatedAt) > Date.parse(record.updatedAt))) continue;
        if (remote[key] === undefined || JSON.stringify(remote[key]) !== JSON.stringify(record)) set[key] = record;
      }
      const remove = Object.keys(remote).filter((key) => !(key in plan.items) && readRecord(remote[key]).kind !== 'newer');
      if (Object.keys(set).length) await this.sync.set(set);
      if (remove.length) await this.sync.remove(remove);
      return { ok: true, synced, localOnly: plan.localOnly, written: Object.keys(set).length + remove.length };
    } catch (error) {
      const rate = isRateError(error);
      const message = rate
        ? MESSAGES.syncRateLimited
        : isQuotaError(error)
          ? MESSAGES.syncFull(errorMessage(error))
          : MESSAGES.syncFailed(errorMessage(error));
      return { ok: false, synced, localOnly: plan.localOnly, message, retry: rate };
    }
  }

  private async savedIn(area: Area): Promise<Record<string, unknown>> {
    const all = await area.get(null);
    return Object.fromEntries(Object.entries(all).filter(([key]) => isSavedKey(key)));
  }
}

