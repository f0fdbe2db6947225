// The ONE owner of saved articles. One key per article (`saved:` + its URL) so two views saving
// at once never read-modify-write a shared list; the clean article body under `body:` + URL so the
// list never reads it. Records are migrated on read; a newer-version record is never overwritten.
import type { Sanitizer } from '../../core/sanitize';
import { articleUrl } from '../../core/library/key';
import { asPrevious, migrationPlan, readRecord, type ReadResult } from '../../core/library/migrate';
import { bodyKey, damagedKey, isSavedKey, savedKey, urlOfKey, RECORD_VERSION, type SavedBody, type SavedItems, type SavedRecord } from '../../core/library/record';
import { articleLabels } from '../../core/article-labels';
import type { Article } from '../../core/types';
import { browserAreas, retryWrite, type Area, type ChangeListener } from './area';
import { MESSAGES } from '../../core/messages';
import { saveErrorMessage } from './messages';
import { readFirstScreen, updateHint, writeHint, type FirstScreen } from './recent-hint';
import type { RecentHint } from '../../core/library/recent';

export { damagedKey };

export interface SaveInput {
  article: Article;
  takeaways: Pick<SavedItems, 'source' | 'items'> & { edited?: boolean };
  note?: string;
}

export type SaveOutcome =
  | { ok: true; record: SavedRecord }
  /** Saved earlier: nothing was replaced; show `record` and offer Update. */
  | { ok: false; kind: 'exists'; record: SavedRecord }
  | { ok: false; kind: 'newer' | 'error'; message: string };

export interface Listing {
  records: SavedRecord[];
  /** Saved by a newer Nutshell: kept untouched, not shown. */
  newer: number;
  /** Values under `saved:` that are no record of any version (corrupted): kept, not shown. */
  damaged: number;
}

// DOMPurify is 30 kB: the pages that store article HTML (popup, reader, library) get it through
// the storage façade (../storage.ts), which registers it; the background imports the sync wiring
// alone, never writes a body, and so never carries it (it could not run it either: no DOM).
let makeSanitizer: (() => Sanitizer) | undefined;
export function registerSanitizer(make: () => Sanitizer): void {
  makeSanitizer = make;
}
export function pageSanitizer(): Sanitizer {
  if (!makeSanitizer) throw new Error('No sanitizer registered: import platform/storage, not storage/library-store.');
  return makeSanitizer();
}

export type RecordChange = { url: string; record: SavedRecord | null };

export interface LibraryOptions {
  area?: Area;
  now?: () => Date;
  sanitize?: Sanitizer;
}

export class Library {
  readonly area: Area;
  private readonly now: () => Date;
  private sanitizer?: Sanitizer;

  constructor(options: LibraryOptions = {}) {
    this.area = options.area ?? browserAreas().local;
    this.now = options.now ?? (() => new Date());
    this.sanitizer = options.sanitize;
  }

  private sanitize(html: string): string {
    return (this.sanitizer ??= pageSanitizer())(html);
  }

  /** The URL (and key) this article is saved under. */
  urlOf(article: Pick<Article, 'url' | 'canonicalUrl'>): string {
    return articleUrl(article.url, article.canonicalUrl);
  }

  async read(url: string): Promise<ReadResult | null> {
    return (await this.readRaw(url)).read;
  }

  private async readRaw(url: string): Promise<{ value: unknown; read: ReadResult | null }> {
    const key = savedKey(url);
    const value = (await this.area.get(key))[key];
    return { value, read: value === undefined ? null : readRecord(value) };
  }

  async get(url: string): Promise<SavedRecord | null> {
    const read = await this.read(url);
    return read?.kind === 'record' ? read.record : null;
  }

  /**
   * Save takeaways (and, with `keepBody`, the clean article). A page saved earlier is not replaced
   * unless `update` is set; then the replaced version is kept under `previous`.
   */
  async save(input: SaveInput, options: { update?: boolean; keepBody?: boolean } = {}): Promise<SaveOutcome> {
    const url = this.urlOf(input.article);
    let existing: ReadResult | null;
    let raw: unknown;
    try {
      ({ value: raw, read: existing } = await this.readRaw(url));
    } catch (error) {
      return { ok: false, kind: 'error', message: saveErrorMessage(error) };
    }
    if (existing?.kind === 'newer') return { ok: false, kind: 'newer', message: MESSAGES.newerRecord };
    const stored = existing?.kind === 'record' ? existing.record : null;
    if (stored && !options.update) return { ok: false, kind: 'exists', record: stored };
    const at = this.now().toISOString();
    const { article } = input;
    const keepBody = options.keepBody ?? true;
    const { title, site } = articleLabels(article);
    const record: SavedRecord = {
      version: RECORD_VERSION,
      url,
      title,
      site,
      savedAt: stored?.savedAt ?? at,
      updatedAt: at,
      takeaways: { source: input.takeaways.source, items: [...input.takeaways.items], edited: input.takeaways.edited ?? false },
      note: input.note ?? stored?.note ?? '',
      hasBody: keepBody,
      previous: stored ? asPrevious(stored) : null,
    };
    const items: Record<string, unknown> = { [savedKey(url)]: record };
    if (existing?.kind === 'invalid') items[damagedKey(url)] = raw;
    if (keepBody) {
      const body: SavedBody = { version: 1, title: record.title, byline: article.byline, lang: article.lang, dir: article.dir, html: this.sanitize(article.html) };
      items[bodyKey(url)] = body;
    }
    try {
      await retryWrite(() => this.area.set(items));
      if (!keepBody && stored?.hasBody) await this.area.remove(bodyKey(url));
      if (!stored) void updateHint(this.area, { saved: url }); // a hint: never holds up the save
      return { ok: true, record };
    } catch (error) {
      return { ok: false, kind: 'error', message: saveErrorMessage(error) };
    }
  }

  /** Change a saved article's items and/or note; `edited` marks changed items. */
  async edit(url: string, changes: { items?: string[]; note?: string }): Promise<SaveOutcome> {
    const read = await this.read(url);
    if (read?.kind === 'newer') return { ok: false, kind: 'newer', message: MESSAGES.newerRecord };
    if (read?.kind !== 'record') return { ok: false, kind: 'error', message: MESSAGES.noLongerSaved };
    const old = read.record;
    const items = changes.items ?? old.takeaways.items;
    const changed = items.length !== old.takeaways.items.length || items.some((item, i) => item !== old.takeaways.items[i]);
    const record: SavedRecord = {
      ...old,
      updatedAt: this.now().toISOString(),
      takeaways: { ...old.takeaways, items: [...items], edited: old.takeaways.edited || changed },
      note: changes.note ?? old.note,
    };
    try {
      await retryWrite(() => this.area.set({ [savedKey(url)]: record }));
      return { ok: true, record };
    } catch (error) {
      return { ok: false, kind: 'error', message: saveErrorMessage(error) };
    }
  }

  async remove(url: string): Promise<void> {
    const existed = savedKey(url) in (await this.area.get(savedKey(url)));
    await this.area.remove([savedKey(url), bodyKey(url)]);
    if (existed) void updateHint(this.area, { removed: url });
  }

  /** The newest records for the first screen, before the whole library is read; null without a hint. */
  firstScreen(): Promise<FirstScreen | null> {
    return readFirstScreen(this.area);
  }

  /** Rewrite the first-screen hint from the whole library (best effort). */
  keepHint(hint: RecentHint): Promise<void> {
    return writeHint(this.area, hint);
  }

  async body(url: string): Promise<SavedBody | null> {
    const key = bodyKey(url);
    const value = (await this.area.get(key))[key] as SavedBody | undefined;
    return value && typeof value.html === 'string' ? value : null;
  }

  /** Every saved record, migrated; bodies are never read where the browser can list keys. */
  async list(): Promise<Listing> {
    let entries: Record<string, unknown>;
    if (this.area.getKeys) {
      const keys = (await this.area.getKeys()).filter(isSavedKey);
      entries = keys.length ? await this.area.get(keys) : {};
    } else {
      const all = await this.area.get(null);
      entries = Object.fromEntries(Object.entries(all).filter(([key]) => isSavedKey(key)));
    }
    const plan = migrationPlan(entries);
    if (Object.keys(plan.set).length || plan.remove.length) {
      // Persist the upgrade; the write goes first so a failure can't lose an old record.
      try {
        await retryWrite(() => this.area.set(plan.set));
        if (plan.remove.length) await this.area.remove(plan.remove);
      } catch {
        // Shown upgraded all the same; stored as before, and upgraded again on the next read.
      }
      for (const key of plan.remove) delete entries[key];
      for (const [key, value] of Object.entries(plan.set)) if (isSavedKey(key)) entries[key] = value;
    }
    const records: SavedRecord[] = [];
    let newer = 0;
    let damaged = 0;
    for (const value of Object.values(entries)) {
      const read = readRecord(value);
      if (read.kind === 'record') records.push(read.record);
      else if (read.kind === 'newer') newer++;
      else damaged++;
    }
    return { records, newer, damaged };
  }

  /** Bytes the library takes in this area (records and bodies). */
  async usage(): Promise<number> {
    if (this.area.getBytesInUse) return this.area.getBytesInUse(null);
    const all = await this.area.get(null);
    return Object.entries(all).reduce((sum, [k, v]) => sum + k.length + JSON.stringify(v).length, 0);
  }

  /** Record changes from any view or window; returns the unsubscribe function. */
  subscribe(onChange: (changes: RecordChange[]) => void): () => void {
    const listener: ChangeListener = (changes) => {
      const out: RecordChange[] = [];
      for (const [key, change] of Object.entries(changes)) {
        if (!isSavedKey(key)) continue;
        const read = change.newValue === undefined ? null : readRecord(change.newValue);
        out.push({ url: urlOfKey(key), record: read?.kind === 'record' ? read.record : null });
      }
      if (out.length) onChange(out);
    };
    this.area.onChanged.addListener(listener);
    return () => this.area.onChanged.removeListener(listener);
  }
}
