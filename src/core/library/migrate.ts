// Every stored shape, read as today's record. v1 (`saved:<tab URL>` →
// {version:1, url, title, site, savedAt, takeaways:{source, items}}) comes through intact; a record
// of a newer version than this code knows is reported as such and must be kept untouched.
import type { TakeawaySource } from '../types';
import { articleUrl } from './key';
import { RECORD_VERSION, savedKey, type PreviousVersion, type SavedItems, type SavedRecord } from './record';

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
 * savedAt wins, the other kept under `previous`), never dropped. Newer-version and unreadable
 * values are left where they are.
 */
export function migrationPlan(entries: Record<string, unknown>): Plan {
  const plan: Plan = { set: {}, remove: [] };
  const landing = new Map<string, SavedRecord>();
  for (const [key, value] of Object.entries(entries)) {
    const read = readRecord(value);
    if (read.kind !== 'record') continue;
    const url = articleUrl(read.record.url);
    const target = savedKey(url);
    if (!read.migrated && target === key) {
      landing.set(target, landing.has(target) ? meet(landing.get(target)!, read.record) : read.record);
      continue;
    }
    const record = { ...read.record, url };
    landing.set(target, landing.has(target) ? meet(landing.get(target)!, record) : record);
    if (target !== key) plan.remove.push(key);
    plan.set[target] = null; // placeholder, filled below
  }
  for (const target of Object.keys(plan.set)) plan.set[target] = landing.get(target);
  // A key both removed and written (can't happen: targets are clean) would be a bug; keep writes.
  plan.remove = plan.remove.filter((key) => !(key in plan.set));
  return plan;
}

/** Two records for one article: the newer save wins, the other is kept as its `previous`. */
export function meet(a: SavedRecord, b: SavedRecord): SavedRecord {
  const [winner, loser] = Date.parse(a.savedAt) >= Date.parse(b.savedAt) ? [a, b] : [b, a];
  // The same save met twice (a migration whose clean-up failed, run again): keep its own previous.
  if (sameSave(winner, loser)) return { ...winner, previous: winner.previous ?? loser.previous };
  return { ...winner, previous: asPrevious(loser) };
}

function sameSave(a: SavedRecord, b: SavedRecord): boolean {
  return a.updatedAt === b.updatedAt && a.title === b.title && a.note === b.note && a.takeaways.source === b.takeaways.source
    && a.takeaways.items.length === b.takeaways.items.length && a.takeaways.items.every((item, i) => item === b.takeaways.items[i]);
}

export function asPrevious(record: SavedRecord): PreviousVersion {
  return { title: record.title, savedAt: record.savedAt, updatedAt: record.updatedAt, takeaways: record.takeaways, note: record.note };
}
