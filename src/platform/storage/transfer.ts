// Export and import through the one storage module. Import validates the whole file before it
// writes anything, merges article by article (newer updatedAt wins) and sanitises bodies again.
import { parseImport, type ExportEntry } from '../../core/library/json';
import { mergeEntries } from '../../core/library/merge';
import { damagedKey, savedKey, urlOfKey, type SavedRecord } from '../../core/library/record';
import { readRecord } from '../../core/library/migrate';
import type { Sanitizer } from '../../core/sanitize';
import { pageSanitizer, type Library } from './library-store';
import { importErrorMessage } from './messages';
import { retryWrite } from './area';

/** Records (given, e.g. the filtered set) with their bodies, for the JSON export. */
export async function exportEntries(library: Library, records: readonly SavedRecord[]): Promise<ExportEntry[]> {
  const out: ExportEntry[] = [];
  for (const record of records) {
    const body = record.hasBody ? await library.body(record.url) : null;
    out.push(body ? { record, body } : { record });
  }
  return out;
}

export type ImportOutcome =
  | { ok: true; added: number; updated: number; skipped: number }
  | { ok: false; message: string };

export async function importFile(library: Library, text: string, sanitize?: Sanitizer): Promise<ImportOutcome> {
  const parsed = parseImport(text);
  if (!parsed.ok) return parsed;
  const keys = [...new Set(parsed.entries.map((e) => savedKey(e.record.url)))];
  try {
    const existing = keys.length ? await library.area.get(keys) : {};
    const clean = sanitize ?? pageSanitizer();
    const merge = mergeEntries(parsed.entries, existing, clean);
    // A corrupted value the import replaces is kept aside, as a save does (library-store.ts).
    for (const [key, value] of Object.entries(existing)) {
      if (key in merge.set && readRecord(value).kind === 'invalid') merge.set[damagedKey(urlOfKey(key))] = value;
    }
    if (Object.keys(merge.set).length) await retryWrite(() => library.area.set(merge.set));
    return { ok: true, added: merge.added, updated: merge.updated, skipped: merge.skipped };
  } catch (error) {
    return { ok: false, message: importErrorMessage(error) };
  }
}
