// Merging incoming copies (an import, another device's sync) into the library, article by article:
// the newer `updatedAt` (last save or edit) wins and the replaced copy is kept as `previous`;
// equal timestamps, or an older incoming copy, change nothing. Records of a newer version than
// this code knows are never touched. HTML from outside is sanitised again before it is stored.
import { asPrevious, readRecord } from './migrate';
import { bodyKey, savedKey, type SavedRecord } from './record';
import type { ExportEntry } from './json';

export interface MergeResult {
  set: Record<string, unknown>;
  added: number;
  updated: number;
  skipped: number;
}

/** `existing`: what is stored under each entry's `saved:` key (undefined when nothing is). */
export function mergeEntries(
  incoming: readonly ExportEntry[],
  existing: Readonly<Record<string, unknown>>,
  sanitize: (html: string) => string,
): MergeResult {
  const result: MergeResult = { set: {}, added: 0, updated: 0, skipped: 0 };
  for (const { record, body } of incoming) {
    const key = savedKey(record.url);
    // The same article twice in one file: the newer copy replaces the earlier one but keeps the
    // stored record the earlier copy replaced as its previous, so nothing stored before is lost.
    const earlier = result.set[key] as SavedRecord | undefined;
    if (earlier) {
      result.skipped++;
      if (Date.parse(record.updatedAt) <= Date.parse(earlier.updatedAt)) continue;
      result.set[key] = { ...record, hasBody: !!body || earlier.hasBody, previous: earlier.previous };
      if (body) result.set[bodyKey(record.url)] = { ...body, html: sanitize(body.html) };
      continue;
    }
    const stored = existing[key];
    const read = stored === undefined ? null : readRecord(stored);
    let next: SavedRecord;
    if (read === null || read.kind === 'invalid') {
      next = { ...record, hasBody: !!body };
      result.added++;
    } else if (read.kind === 'newer' || Date.parse(record.updatedAt) <= Date.parse(read.record.updatedAt)) {
      result.skipped++;
      continue;
    } else {
      const keepsBody = !body && read.record.hasBody;
      next = { ...record, hasBody: !!body || keepsBody, previous: asPrevious(read.record) };
      result.updated++;
    }
    result.set[key] = next;
    if (body) result.set[bodyKey(record.url)] = { ...body, html: sanitize(body.html) };
  }
  return result;
}
