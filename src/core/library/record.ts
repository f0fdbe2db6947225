// The saved-article record, schema v2. One record per article under `saved:` + its URL (see key.ts);
// the article body lives under its own `body:` key so the library list never reads it.
import type { TakeawaySource } from '../types';

export const SAVED_PREFIX = 'saved:';
export const BODY_PREFIX = 'body:';
/** The newest record version this code understands; a record with a higher one is kept untouched. */
export const RECORD_VERSION = 2;

export interface SavedItems {
  /** Where the items came from; an edit keeps the origin and sets `edited`. */
  source: TakeawaySource;
  items: string[];
  /** The reader changed, removed, reordered or added items. */
  edited: boolean;
}

/** What Update replaced: kept until the next update, so nothing is replaced unseen. */
export interface PreviousVersion {
  title: string;
  savedAt: string;
  updatedAt: string;
  takeaways: SavedItems;
  note: string;
}

export interface SavedRecord {
  version: typeof RECORD_VERSION;
  /** The article's same-origin URL; also the key (`saved:` + url). The only URL field. */
  url: string;
  /** The title exactly as the popup's <h1> showed it. */
  title: string;
  site: string | null;
  /** ISO 8601: first save. */
  savedAt: string;
  /** ISO 8601: last save or edit; the newer one wins when two copies meet (import, sync). */
  updatedAt: string;
  takeaways: SavedItems;
  /** The reader's own note; '' for none. */
  note: string;
  /** A clean copy of the article is stored under `body:` + url. */
  hasBody: boolean;
  previous: PreviousVersion | null;
}

/** The clean article for reading it later, offline. `html` is sanitised before it is stored. */
export interface SavedBody {
  version: 1;
  title: string;
  byline: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  html: string;
}

export const savedKey = (url: string): string => SAVED_PREFIX + url;
export const bodyKey = (url: string): string => BODY_PREFIX + url;
/** Where a corrupted value goes when a save, an import or a migration takes its key: kept, not shown. */
export const damagedKey = (url: string): string => `damaged:${url}`;
export const isSavedKey = (key: string): boolean => key.startsWith(SAVED_PREFIX);
export const urlOfKey = (key: string): string => key.slice(key.indexOf(':') + 1);

/** Bytes of a key + value as Chrome's quotas count them (JSON, UTF-8). */
export function storedBytes(key: string, value: unknown): number {
  return utf8Length(key) + utf8Length(JSON.stringify(value) ?? '');
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    }
    else bytes += 3;
  }
  return bytes;
}
