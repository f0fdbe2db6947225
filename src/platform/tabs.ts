// Reading a tab, called from the popup and the reader page themselves: inject the extractor on
// demand (activeTab + scripting; no content script on every page), call it, and turn every way
// this can fail into a typed failure with a message.
import browser from 'webextension-polyfill';
import { errorMessage } from '../core/errors';
import { failure } from '../core/failure';
import { MESSAGES } from '../core/messages';
import { restrictedReason } from '../core/restricted';
import { stopwordFile } from '../core/text/stopword-key';
import type { ExtractCall, ExtractResult } from '../core/types';

/** Readability takes ~5 ms on a median page and ~80 ms on the worst corpus page; 20 s means stuck. */
export const EXTRACT_TIMEOUT_MS = 20_000;
const EXTRACTOR_FILE = 'content/extract.js';

export async function extractFromTab(tabId: number, force: boolean, api = browser): Promise<ExtractResult> {
  const tab = await api.tabs.get(tabId).catch(() => undefined);
  if (!tab) return failure('no-tab', MESSAGES.tabGone);
  const reason = restrictedReason(tab.url);
  if (reason) return failure('restricted', reason);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<ExtractResult>((resolve) => {
    timer = setTimeout(() => resolve(failure('timeout')), EXTRACT_TIMEOUT_MS);
  });
  try {
    return await Promise.race([inject(tabId, force, api), timeout]);
  } catch (error) {
    return injectionFailure(error);
  } finally {
    clearTimeout(timer);
  }
}

type Frame = { result?: unknown; error?: unknown } | undefined;
type Probe = ExtractCall | { missing: true; lang: string | null } | null | undefined;

/** A stop-word file the extractor may ask for: only ours, by the name stopwordFile() gives it. */
const STOPWORD_FILE = /^content\/stopwords\/[A-Za-z]+\.js$/;

async function inject(tabId: number, force: boolean, api: typeof browser): Promise<ExtractResult> {
  const target = { tabId };
  // Firefox resolves with the thrown value in `InjectionResult.error` (bug 1740608, Firefox 107+);
  // Chrome has no `error` yet and resolves with `result: null` (https://issues.chromium.org/issues/40205757).
  // Both are checked until Chrome propagates errors the same way.
  const unwrap = (frame: Frame) => {
    if (frame && 'error' in frame && frame.error) throw frame.error;
    return frame?.result;
  };
  // The extractor stays registered in the page's isolated world: a second open of the same page
  // skips re-running the bundle and rebuilding its tables. The article itself is always extracted
  // afresh from the live page. When it is not there yet, the probe also tells the page's language,
  // so the extractor and that language's stop words go in with ONE injection.
  const call = async (): Promise<Probe> => {
    const [frame] = await api.scripting.executeScript({
      target,
      // Self-contained (it is serialised into the page). The lang is read through the prototypes: a
      // page's named element can clobber document.documentElement (see content/extract.ts pageLang).
      func: (f: boolean) => {
        // typeof, not truthiness: an element with id="__nutshellExtract" is a window property too.
        if (typeof globalThis.__nutshellExtract === 'function') return globalThis.__nutshellExtract(f);
        try {
          const root = Object.getOwnPropertyDescriptor(Document.prototype, 'documentElement')?.get?.call(document) as Element | null;
          return { missing: true as const, lang: root ? Element.prototype.getAttribute.call(root, 'lang') : null };
        } catch {
          return { missing: true as const, lang: null };
        }
      },
      args: [force],
    });
    return unwrap(frame) as Probe;
  };
  const load = async (files: string[]) => {
    const [loaded] = await api.scripting.executeScript({ target, files });
    unwrap(loaded);
  };
  // At most: probe, inject, call, (the page changed language meanwhile) inject, call.
  for (let attempt = 0; attempt < 3; attempt++) {
    const answer = await call();
    if (!answer) break;
    if ('ok' in answer) return answer;
    if ('missing' in answer) {
      const words = stopwordFile(answer.lang);
      await load(words ? [EXTRACTOR_FILE, words] : [EXTRACTOR_FILE]);
    } else if (STOPWORD_FILE.test(answer.needs)) {
      await load([answer.needs]);
    } else break;
  }
  return failure('error', MESSAGES.didNotStart);
}

/**
 * The next page of a multi-page article, fetched and read by the extractor inside the tab (from
 * the page's own origin: no new permission). `shown` are the texts already on screen.
 */
export async function extractNextPage(tabId: number, url: string, shown: string[], api = browser): Promise<ExtractResult> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<ExtractResult>((resolve) => {
    timer = setTimeout(() => resolve(failure('timeout')), EXTRACT_TIMEOUT_MS);
  });
  const call = async (): Promise<ExtractResult | null> => {
    const [frame] = await api.scripting.executeScript({
      target: { tabId },
      func: (u: string, s: string[]) =>
        typeof globalThis.__nutshellNextPage === 'function' ? globalThis.__nutshellNextPage(u, s) : null,
      args: [url, shown],
    });
    if (frame && 'error' in frame && frame.error) throw frame.error;
    return (frame?.result ?? null) as ExtractResult | null;
  };
  const run = async () => {
    // The tab may have been reloaded since the first page was read: the extractor goes in again.
    const first = await call();
    if (first) return first;
    await api.scripting.executeScript({ target: { tabId }, files: [EXTRACTOR_FILE] });
    return (await call()) ?? failure('error', MESSAGES.didNotStart);
  };
  try {
    return await Promise.race([run(), timeout]);
  } catch (error) {
    return injectionFailure(error);
  } finally {
    clearTimeout(timer);
  }
}

/** The browser's injection errors, in words a reader can act on. */
export function injectionFailure(error: unknown): ExtractResult {
  const text = errorMessage(error);
  if (/gallery|webstore|chrome:\/\/|about:|restricted|cannot be scripted|Missing host permission for the tab/i.test(text)) {
    return failure('restricted', MESSAGES.restricted);
  }
  if (/Cannot access contents|must request permission|permission/i.test(text)) {
    return failure('restricted', MESSAGES.noGrant);
  }
  if (/No tab with id|Invalid tab ID/i.test(text)) return failure('no-tab', MESSAGES.tabGone);
  if (/Frame with ID 0 was removed|The frame was removed|navigat/i.test(text)) {
    return failure('error', MESSAGES.pageChanged);
  }
  return failure('error', MESSAGES.couldNotRead(text));
}

/** The active tab of the current window: the one a popup opened without `?tabId=` is about. */
export async function activeTabId(api = browser): Promise<number | null> {
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Open the full-tab reader for `tabId`, right after it in the same window. */
export async function openReaderTab(tabId: number, api = browser): Promise<void> {
  const tab = await api.tabs.get(tabId);
  await api.tabs.create({
    url: api.runtime.getURL(`reader.html?tabId=${tabId}`),
    index: tab.index + 1,
    openerTabId: tabId,
    windowId: tab.windowId,
  });
}
