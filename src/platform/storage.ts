// The ONE storage module (split under storage/): saved articles and their bodies, migrations on
// read, change subscriptions, import/export, opt-in sync, and the library's settings.
// Everything else in Nutshell stores nothing itself.
import { MESSAGES } from '../core/messages';
import type { Takeaways, Article } from '../core/types';
import type { SavedRecord } from '../core/library/record';
import { createSanitizer } from '../core/sanitize';
import { Library, registerSanitizer, type SaveOutcome } from './storage/library-store';
import type { Area } from './storage/area';

export * from './storage/area';
export * from './storage/library-store';
export * from './storage/messages';
export * from './storage/settings';
export * from './storage/sync';
export * from './storage/transfer';
export { SAVED_PREFIX, savedKey, bodyKey, type SavedRecord, type SavedBody } from '../core/library/record';

registerSanitizer(() => createSanitizer(window));

let shared: Library | undefined;
/** The library on the browser's storage.local, one per page. */
export function library(): Library {
  return (shared ??= new Library());
}

export type SaveResult = { ok: true; record: SavedRecord } | { ok: false; message: string };

/** Save, replacing an earlier save (kept under `previous`); for callers without the Update flow. */
export async function saveTakeaways(article: Article, takeaways: Takeaways, area?: Area, now?: Date): Promise<SaveResult> {
  const lib = area ? new Library({ area, now: now ? () => now : undefined }) : library();
  const outcome: SaveOutcome = await lib.save({ article, takeaways }, { update: true });
  if (outcome.ok) return outcome;
  return { ok: false, message: outcome.kind === 'exists' ? MESSAGES.savedEarlier : outcome.message };
}

export async function getSaved(url: string, area?: Area): Promise<SavedRecord | null> {
  const lib = area ? new Library({ area }) : library();
  return lib.get(lib.urlOf({ url }));
}
export { keepSyncing } from './storage/sync-wiring';
