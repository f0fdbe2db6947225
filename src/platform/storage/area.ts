// The slice of the StorageArea API the library uses, so tests can hand in an in-memory area with
// the same semantics (tests/helpers/memory-area.ts) and the extension gets the real one.
import browser from 'webextension-polyfill';
import { errorMessage } from '../../core/errors';

export interface StorageChange {
  oldValue?: unknown;
  newValue?: unknown;
}
export type ChangeListener = (changes: Record<string, StorageChange>) => void;

export interface Area {
  get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  /** Chrome 130+, Firefox 143+: the keys alone, so the list never reads article bodies. */
  getKeys?(): Promise<string[]>;
  getBytesInUse?(keys?: string | string[] | null): Promise<number>;
  onChanged: { addListener(cb: ChangeListener): void; removeListener(cb: ChangeListener): void };
}

export interface Areas {
  local: Area;
  sync: Area;
}

/** The browser's own areas. getKeys/getBytesInUse exist only where the browser has them. */
export function browserAreas(): Areas {
  const wrap = (name: 'local' | 'sync'): Area => {
    const area = browser.storage[name] as unknown as Area;
    const raw = (globalThis as { chrome?: { storage?: Record<string, Partial<Area>> } }).chrome?.storage?.[name];
    // webextension-polyfill 0.12 does not list getKeys; Chrome's own object returns a promise.
    const getKeys = typeof area.getKeys === 'function' ? area.getKeys.bind(area) : typeof raw?.getKeys === 'function' ? raw.getKeys.bind(raw) : undefined;
    const getBytesInUse = typeof area.getBytesInUse === 'function' ? area.getBytesInUse.bind(area) : undefined;
    return {
      get: (keys) => area.get(keys),
      set: (items) => area.set(items),
      remove: (keys) => area.remove(keys),
      getKeys,
      getBytesInUse,
      onChanged: area.onChanged,
    };
  };
  return { local: wrap('local'), sync: wrap('sync') };
}


/** Chrome: "QUOTA_BYTES quota exceeded" / "Resource::kQuotaBytes…"; Firefox: QuotaExceededError / NS_ERROR_DOM_QUOTA_REACHED. */
export function isQuotaError(error: unknown): boolean {
  if (isRateError(error)) return false;
  return /quota|QUOTA_BYTES|storage.*full|NS_ERROR_DOM_QUOTA/i.test(errorMessage(error)) || (error instanceof Error && error.name === 'QuotaExceededError');
}

/** Chrome's storage.sync write-rate limits. */
export function isRateError(error: unknown): boolean {
  return /MAX_WRITE_OPERATIONS/i.test(errorMessage(error));
}

/**
 * A write the browser refused for a passing reason (an I/O error, a busy database) is tried again,
 * twice, a moment apart; a full storage or a sync rate limit is not (trying again can't help, and
 * the caller reports it in words).
 */
export async function retryWrite(write: () => Promise<void>, attempts = 3, pauseMs = 50): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (error) {
      if (attempt >= attempts || isQuotaError(error) || isRateError(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, pauseMs * attempt));
    }
  }
}
