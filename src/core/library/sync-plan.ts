// What goes to storage.sync, within Chrome's real quotas: 102,400 bytes in all, 8,192 per item
// (key + JSON value), 512 items. The newest articles (by updatedAt) sync; the oldest stay local
// and are counted so the library can say so. Bodies and `previous` never sync: takeaways and notes do.
import { savedKey, storedBytes, type SavedRecord } from './record';

export const SYNC_QUOTA = { bytes: 102_400, perItem: 8_192, items: 512, writesPerMinute: 120, writesPerHour: 1_800 } as const;

export interface SyncPlan {
  /** The `saved:` items storage.sync should hold. */
  items: Record<string, SavedRecord>;
  /** Articles kept on this device only: too many or too big for sync. */
  localOnly: number;
}

/** `reserved`: bytes and items other features keep in sync first (the reader's settings). */
export function syncPlan(records: readonly SavedRecord[], reserved = { bytes: 0, items: 0 }): SyncPlan {
  const newest = [...records].sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt));
  let bytes = reserved.bytes;
  let count = reserved.items;
  const items: Record<string, SavedRecord> = {};
  let localOnly = 0;
  for (const record of newest) {
    const slim: SavedRecord = { ...record, hasBody: false, previous: null };
    const key = savedKey(record.url);
    const size = storedBytes(key, slim);
    if (size > SYNC_QUOTA.perItem || bytes + size > SYNC_QUOTA.bytes || count + 1 > SYNC_QUOTA.items) {
      localOnly++;
      continue;
    }
    items[key] = slim;
    bytes += size;
    count++;
  }
  return { items, localOnly };
}
