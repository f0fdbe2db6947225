// JSON export and import: a versioned envelope holding whole records (and the clean article
// bodies, so an import into a fresh profile can still be read offline). Import validates the
// whole file first and refuses it whole: a malformed or foreign file changes nothing.
import { say } from '../i18n/translator';
import { cleanUrl } from './key';
import { readRecord } from './migrate';
import type { SavedBody, SavedRecord } from './record';

export const EXPORT_FORMAT = 'nutshell-library';
export const EXPORT_VERSION = 1;

export interface ExportEntry {
  record: SavedRecord;
  body?: SavedBody;
}

export interface LibraryExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exported: string;
  count: number;
  entries: ExportEntry[];
}

export function libraryJson(entries: readonly ExportEntry[], now: Date): string {
  const file: LibraryExport = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exported: now.toISOString(), count: entries.length, entries: [...entries] };
  return JSON.stringify(file, null, 2) + '\n';
}

export type ParsedImport = { ok: true; entries: ExportEntry[] } | { ok: false; message: string };

const refuse = (why: string): ParsedImport => ({
  ok: false,
  message: say('importRefused', why),
});

/** Validate a file's text as a Nutshell JSON export. Bodies still need sanitising (see merge.ts). */
export function parseImport(text: string): ParsedImport {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse(say('importNotJson'));
  }
  const file = data as Partial<LibraryExport> | null;
  if (typeof file !== 'object' || file === null || file.format !== EXPORT_FORMAT) {
    return refuse(say('importNotExport'));
  }
  if (typeof file.version !== 'number' || file.version > EXPORT_VERSION) {
    return refuse(say('importNewerFile'));
  }
  if (!Array.isArray(file.entries)) return refuse(say('importNoList'));
  const entries: ExportEntry[] = [];
  for (const [index, entry] of file.entries.entries()) {
    const read = readRecord((entry as ExportEntry | null)?.record);
    if (read.kind === 'newer') return refuse(say('importNewerArticle', index + 1));
    if (read.kind !== 'record' || !/^https?:\/\//.test(read.record.url)) return refuse(say('importDamagedArticle', index + 1));
    const body = readBody((entry as ExportEntry).body);
    if (body === null) return refuse(say('importDamagedBody', index + 1));
    const record = { ...read.record, url: cleanUrl(read.record.url), hasBody: !!body };
    entries.push(body ? { record, body } : { record });
  }
  return { ok: true, entries };
}

/** undefined: no body; null: a damaged one. */
export function readBody(value: unknown): SavedBody | undefined | null {
  if (value === undefined) return undefined;
  const b = value as Partial<SavedBody> | null;
  if (typeof b !== 'object' || b === null || typeof b.html !== 'string' || typeof b.title !== 'string') return null;
  const text = (v: unknown) => (typeof v === 'string' ? v : null);
  return { version: 1, title: b.title, byline: text(b.byline), lang: text(b.lang), dir: b.dir === 'rtl' || b.dir === 'ltr' ? b.dir : null, html: b.html };
}
