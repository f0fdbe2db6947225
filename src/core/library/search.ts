// The library's search: an in-memory index over titles, takeaways, notes and sites (never the
// article bodies), built once per page load and updated record by record from storage changes.
// Every term must appear somewhere in an article (substring, case- and accent-insensitive).
// A query that extends the previous one only re-checks the previous hits, so typing stays cheap.
import { fold, terms, type Folded } from './fold';
import type { SavedRecord } from './record';

export type Range = [start: number, end: number];

interface Entry {
  record: SavedRecord;
  /** All fields folded and joined with a separator no term can contain. */
  haystack: string;
}

const SEP = '\n';

export class SearchIndex {
  private entries = new Map<string, Entry>();
  private last: { query: string[]; keys: string[] } | null = null;

  constructor(records: Iterable<SavedRecord> = []) {
    for (const record of records) this.upsert(record);
  }

  get size(): number {
    return this.entries.size;
  }

  upsert(record: SavedRecord): void {
    const fields = [record.title, record.site ?? '', record.note, ...record.takeaways.items];
    this.entries.set(record.url, { record, haystack: fold(fields.join(SEP)).text });
    this.last = null;
  }

  remove(url: string): void {
    this.entries.delete(url);
    this.last = null;
  }

  get(url: string): SavedRecord | undefined {
    return this.entries.get(url)?.record;
  }

  /** Every folded term occurs in this article's haystack (an unknown URL never matches). */
  matches(url: string, wanted: readonly string[]): boolean {
    const entry = this.entries.get(url);
    if (!entry) return false;
    for (const term of wanted) if (!entry.haystack.includes(term)) return false;
    return true;
  }

  records(): IterableIterator<SavedRecord> {
    return (function* (entries) {
      for (const entry of entries) yield entry.record;
    })(this.entries.values());
  }

  /** URLs of the matching records, in index order (all of them for an empty query). */
  search(query: string): string[] {
    const wanted = terms(query);
    if (wanted.length === 0) return [...this.entries.keys()];
    // Every hit of "climat" is among the hits of "clima": narrow the last answer instead of rescanning.
    const narrowing = this.last && this.last.query.every((t) => wanted.some((w) => w.includes(t)));
    const pool = narrowing ? this.last!.keys : this.entries.keys();
    const keys: string[] = [];
    for (const key of pool) {
      const entry = this.entries.get(key);
      if (entry && wanted.every((t) => entry.haystack.includes(t))) keys.push(key);
    }
    this.last = { query: wanted, keys };
    return keys;
  }
}

/** Where the query's terms occur in `text`: sorted, merged [start, end) ranges of the original. */
export function highlightRanges(text: string, query: string | string[]): Range[] {
  const wanted = typeof query === 'string' ? terms(query) : query;
  if (wanted.length === 0 || !text) return [];
  const folded: Folded = fold(text);
  const found: Range[] = [];
  for (const term of wanted) {
    for (let at = folded.text.indexOf(term); at !== -1; at = folded.text.indexOf(term, at + term.length)) {
      found.push(folded.map ? [folded.map[at]!, folded.map[at + term.length]!] : [at, at + term.length]);
    }
  }
  found.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: Range[] = [];
  for (const range of found) {
    const top = merged[merged.length - 1];
    if (top && range[0] <= top[1]) top[1] = Math.max(top[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/** Split `text` into plain and highlighted runs for rendering. */
export function splitByRanges(text: string, ranges: readonly Range[]): { text: string; hit: boolean }[] {
  const parts: { text: string; hit: boolean }[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push({ text: text.slice(at, start), hit: false });
    parts.push({ text: text.slice(start, end), hit: true });
    at = end;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at), hit: false });
  return parts;
}
