// The first screen of the library, kept beside the records: the URLs of the newest saved articles
// and how many there are. Only a hint for painting at once: the records stay the truth (one key
// each), the page reads them all after its first paint and rewrites this hint from what it found,
// so a hint gone stale (two views saving at the same moment, an import, sync) heals on the next
// open and can never lose or hide a record.
import type { SavedRecord } from './record';

export const RECENT_KEY = 'library:recent';
/** Entries painted before the whole library is read: more than one screen at any width. */
export const FIRST_SCREEN = 30;

export interface RecentHint {
  version: 1;
  total: number;
  /** Newest first. */
  urls: string[];
}

export function isRecentHint(value: unknown): value is RecentHint {
  const v = value as RecentHint | null;
  return !!v && v.version === 1 && Number.isInteger(v.total) && Array.isArray(v.urls) && v.urls.every((u) => typeof u === 'string');
}

/** ISO 8601 instants in UTC sort as strings: newest first, then by URL so the order is stable. */
export const byNewest = (a: SavedRecord, b: SavedRecord): number =>
  a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : a.url < b.url ? -1 : a.url > b.url ? 1 : 0;

/** The hint for a whole library, from records already sorted newest first. */
export function recentHint(newestFirst: readonly SavedRecord[], total = newestFirst.length): RecentHint {
  return { version: 1, total, urls: newestFirst.slice(0, FIRST_SCREEN).map((r) => r.url) };
}

/** A newly saved article goes on top. */
export function withSaved(hint: RecentHint | null, url: string): RecentHint | null {
  if (!hint) return null; // no hint yet: the library page writes the first one
  if (hint.urls.includes(url)) return hint;
  return { version: 1, total: hint.total + 1, urls: [url, ...hint.urls].slice(0, FIRST_SCREEN) };
}

export function withRemoved(hint: RecentHint | null, url: string): RecentHint | null {
  if (!hint) return null;
  return { version: 1, total: Math.max(0, hint.total - 1), urls: hint.urls.filter((u) => u !== url) };
}

export function sameHint(a: RecentHint | null, b: RecentHint | null): boolean {
  return !!a && !!b && a.total === b.total && a.urls.length === b.urls.length && a.urls.every((u, i) => u === b.urls[i]);
}
