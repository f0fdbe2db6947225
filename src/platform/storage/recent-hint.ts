// Reads and best-effort writes of the library's first-screen hint (core/library/recent.ts).
// A hint write that fails (storage full, an error) is dropped: the records are already stored,
// and the library page rebuilds the hint from them.
import { readRecord } from '../../core/library/migrate';
import { savedKey, type SavedRecord } from '../../core/library/record';
import { isRecentHint, RECENT_KEY, sameHint, withRemoved, withSaved, type RecentHint } from '../../core/library/recent';
import type { Area } from './area';

export interface FirstScreen {
  records: SavedRecord[];
  total: number;
}

async function readHint(area: Area): Promise<RecentHint | null> {
  const value = (await area.get(RECENT_KEY))[RECENT_KEY];
  return isRecentHint(value) ? value : null;
}

/** The newest records as the hint names them (two small reads), or null without a hint. */
export async function readFirstScreen(area: Area): Promise<FirstScreen | null> {
  const hint = await readHint(area);
  if (!hint) return null;
  const keys = hint.urls.map(savedKey);
  const values = keys.length ? await area.get(keys) : {};
  const records: SavedRecord[] = [];
  for (const key of keys) {
    const read = key in values ? readRecord(values[key]) : null;
    if (read?.kind === 'record') records.push(read.record);
  }
  return { records, total: hint.total };
}

export async function writeHint(area: Area, hint: RecentHint): Promise<void> {
  try {
    if (!sameHint(await readHint(area), hint)) await area.set({ [RECENT_KEY]: hint });
  } catch {
    // a hint only; see above
  }
}

export async function updateHint(area: Area, change: { saved: string } | { removed: string }): Promise<void> {
  try {
    const hint = await readHint(area);
    const next = 'saved' in change ? withSaved(hint, change.saved) : withRemoved(hint, change.removed);
    if (next && !sameHint(hint, next)) await area.set({ [RECENT_KEY]: next });
  } catch {
    // a hint only; see above
  }
}
