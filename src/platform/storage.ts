// The ONE storage module. Each saved article is its own key ("saved:" + URL), so two windows
// saving at once never read-modify-write a shared list and can't lose each other's saves;
// saving the same page again replaces its record.
import browser from 'webextension-polyfill';
import { articleLabels } from '../core/article-labels';
import { errorMessage } from '../core/errors';
import { MESSAGES } from '../core/messages';
import type { Article, Takeaways } from '../core/types';

export const SAVED_PREFIX = 'saved:';
export const RECORD_VERSION = 1;

export interface SavedTakeaways {
  version: typeof RECORD_VERSION;
  url: string;
  title: string;
  site: string | null;
  /** ISO 8601. */
  savedAt: string;
  takeaways: Takeaways;
}

export type SaveResult = { ok: true; record: SavedTakeaways } | { ok: false; message: string };

type Area = Pick<browser.Storage.StorageArea, 'get' | 'set'>;

export function savedKey(url: string): string {
  return SAVED_PREFIX + url;
}

export function toRecord(article: Article, takeaways: Takeaways, now: Date): SavedTakeaways {
  const { title, site } = articleLabels(article);
  return {
    version: RECORD_VERSION,
    url: article.url,
    title,
    site,
    savedAt: now.toISOString(),
    takeaways: { source: takeaways.source, items: [...takeaways.items] },
  };
}

export async function saveTakeaways(
  article: Article,
  takeaways: Takeaways,
  area: Area = browser.storage.local,
  now = new Date(),
): Promise<SaveResult> {
  const record = toRecord(article, takeaways, now);
  try {
    await area.set({ [savedKey(record.url)]: record });
    return { ok: true, record };
  } catch (error) {
    return { ok: false, message: saveErrorMessage(error) };
  }
}

export async function getSaved(url: string, area: Area = browser.storage.local): Promise<SavedTakeaways | null> {
  const key = savedKey(url);
  const value = (await area.get(key))[key];
  return isRecord(value) ? value : null;
}

export function saveErrorMessage(error: unknown): string {
  const text = errorMessage(error);
  // Chrome: "Resource::kQuotaBytes quota exceeded"; Firefox: QuotaExceededError / NS_ERROR_DOM_QUOTA_REACHED.
  if (/quota|QUOTA_BYTES|storage.*full|NS_ERROR_DOM_QUOTA/i.test(text) || (error instanceof Error && error.name === 'QuotaExceededError')) {
    return MESSAGES.storageFull;
  }
  return MESSAGES.notSaved(text);
}

function isRecord(value: unknown): value is SavedTakeaways {
  const r = value as SavedTakeaways | undefined;
  return !!r && r.version === RECORD_VERSION && typeof r.url === 'string' && Array.isArray(r.takeaways?.items);
}
