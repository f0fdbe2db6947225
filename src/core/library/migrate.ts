// Every stored shape, read as today's record. v1 (`saved:<tab URL>` →
// {version:1, url, title, site, savedAt, takeaways:{source, items}}) comes through intact; a record
// of a newer version than this code knows is reported as such and must be kept untouched.
import type { TakeawaySource } from '../types';
import { articleUrl } from './key';
import { RECORD_VERSION, SAVED_PREFIX, damagedKey, savedKey, type PreviousVersion, type SavedItems, type SavedRecord } from './record';

export type ReadResult =
  | { kind: 'record'; record: SavedRecord; migrated: boolean }
  | { kind: 'newer'; version: number }
  | { kind: 'invalid'; reason: string };

const SOURCES: readonly TakeawaySource[] = ['page', 'local', 'ai'];

export function readRecord(value: unknown): ReadResult {
  if (!isObject(value)) return invalid('not an object');
  const version = value.version === undefined ? 1 : value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return invalid('no version');
  if (version > RECORD_VERSION) return { kind: 'newer', version };
  const record = version === 1 ? fromV1(value) : fromV2(value);
  return record ? { kind: 'record', record, migrated: version !== RECORD_VERSION } : invalid(`not a v${version} record`);
}

function fromV1(value: Record<string, unknown>): SavedRecord | null {
  const takeaways = items(value.takeaways, false);
  if (typeof value.url !== 'string' || !takeaways) return null;
  const savedAt = date(value.savedAt) ?? new Date(0).toISOString();
  return {
    version: RECORD_VERSION,
    url: value.url,
    title: typeof value.title === 'string' ? value.title : value.url,
    site: typeof value.site === 'string' ? value.site : null,
    savedAt,
    updatedAt: savedAt,
    takeaways,
    note: '',
    hasBody: false,
    previous: null,
  };
}

function fromV2(value: Record<string, unknown>): SavedRecord | null {
  const takeaways = items(value.takeaways, true);
  const savedAt = date(value.savedAt);
  if (typeof value.url !== 'string' || typeof value.title !== 'string' || !takeaways || !savedAt) return null;
  if (value.site !== null && typeof value.site !== 'string') return null;
  const previous = value.previous == null ? null : previousVersion(value.previous);
  if (previous === undefined) return null;
  return {
    version: RECORD_VERSION,
    url: value.url,
    title: value.title,
    site: value.site,
    savedAt,
    updatedAt: date(value.updatedAt) ?? savedAt,
    takeaways,
    note: typeof value.note === 'string' ? value.note : '',
    hasBody: value.hasBody === true,
    previous,
  };
}

function previousVersion(value: unknown): PreviousVersion | undefined {
  if (!isObject(value)) return undefined;
  const takeaways = items(value.takeaways, true);
  const savedAt = date(value.savedAt);
  if (!takeaways || !savedAt || typeof value.title !== 'string') return undefined;
  return { title: value.title, savedAt, updatedAt: date(value.updatedAt) ?? savedAt, takeaways, note: typeof value.note === 'string' ? value.note : '' };
}

function items(value: unknown, hasEdited: boolean): SavedItems | null {
  if (!isObject(value) || !Array.isArray(value.items) || !value.items.every((i) => typeof i === 'string')) return null;
  const source = SOURCES.includes(value.source as TakeawaySource) ? (value.source as TakeawaySource) : null;
  if (!source) return null;
  return { source, items: [...(value.items as string[])], edited: hasEdited && value.edited === true };
}

function date(value: unknown): string | null {
  return typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function invalid(reason: string): ReadResult {
  return { kind: 'invalid', reason };
}

/** A storage plan: keys to write and keys to remove. */
export interface Plan {
  set: Record<string, unknown>;
  remove: string[];
}

/**
 * Re-key and upgrade everything stored under `saved:`: v1 records sit under the raw tab URL, the key
 * rule now strips fragments and tracking parameters. Two that meet under one key are merged (newer
 * savedAt wins, the other kept under `previous`), never dropped. Newer-version records are left
 * where they are; an unreadable value a record lands on is kept under `damaged:`.
 */
export function migrationPlan(entries: Record<string, unknown>): Plan {
  const plan: Plan = { set: {}, remove: [] };
  const reads = new Map<string, SavedRecord & { migrated: boolean }>();
  for (const [key, value] of Object.entries(entries)) {
    const read = readRecord(value);
    if (read.kind === 'record') reads.set(key, { ...read.record, migrated: read.migrated });
  }
  // Where each record goes: its clean key, unless a newer Nutshell's record sits there (never
  // overwritten): then it stays where it is, and anything bound for its key meets it there.
  const destination = (key: string, url: string): string => {
    const target = savedKey(url);
    return target !== key && target in entries && readRecord(entries[target]).kind === 'newer' ? key : target;
  };
  const landing = new Map<string, SavedRecord>();
  const written = new Set<string>();
  for (const [key, { migrated, ...stored }] of reads) {
    const url = articleUrl(stored.url);
    const dest = destination(key, url);
    const record = dest === savedKey(url) ? { ...stored, url } : stored;
    const met = landing.has(dest) ? meetKeeping(landing.get(dest)!, record) : { record, displaced: [] };
    landing.set(dest, met.record);
    // Only one previous version fits in a record: any other is kept aside, never dropped.
    for (const old of met.displaced) plan.set[supersededKey(dest, old)] = old;
    if (dest !== key && dest in entries && !reads.has(dest)) plan.set[damagedKey(dest.slice(SAVED_PREFIX.length))] = entries[dest];
    if (dest !== key) plan.remove.push(key);
    if (migrated || dest !== key || met.record !== record || record.url !== stored.url) written.add(dest);
  }
  for (const dest of written) plan.set[dest] = landing.get(dest);
  plan.remove = plan.remove.filter((key) => !(key in plan.set));
  return plan;
}

/** Two records for one article: the newer save wins, the other is kept as its `previous`. */
export function meet(a: SavedRecord, b: SavedRecord): SavedRecord {
  return meetKeeping(a, b).record;
}

/** Where a previous version that no longer fits in its record is kept (see migrationPlan). */
export const supersededKey = (target: string, old: PreviousVersion): string => `superseded:${target}@${old.updatedAt}#${hash(JSON.stringify(old))}`;

/** FNV-1a, so one version always lands on the same key (a migration run twice writes it once). */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(36);
}

/** meet, and the previous versions the merged record has no room for. */
export function meetKeeping(a: SavedRecord, b: SavedRecord): { record: SavedRecord; displaced: PreviousVersion[] } {
  const [winner, loser] = Date.parse(a.savedAt) >= Date.parse(b.savedAt) ? [a, b] : [b, a];
  // The same save met twice (a migration whose clean-up failed, run again): keep its own previous.
  if (sameSave(winner, loser)) return { record: { ...winner, previous: winner.previous ?? loser.previous }, displaced: [] };
  const previous = asPrevious(loser);
  const displaced = [winner.previous, loser.previous].filter((p): p is PreviousVersion => p !== null && !sameSave(p, previous));
  return { record: { ...winner, previous }, displaced };
}

function sameSave(a: PreviousVersion, b: PreviousVersion): boolean {
  return a.updatedAt === b.updatedAt && a.title === b.title && a.note === b.note && a.takeaways.source === b.takeaways.source
    && a.takeaways.items.length === b.takeaways.items.length && a.takeaways.items.every((item, i) => item === b.takeaways.items[i]);
}

export function asPrevious(record: SavedRecord): PreviousVersion {
  return { title: record.title, savedAt: record.savedAt, updatedAt: record.updatedAt, takeaways: record.takeaways, note: record.note };
}
