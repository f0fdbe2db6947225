// Reading a tab: inject the extractor on demand (activeTab + scripting; no content script on
// every page), call it, and turn every way this can fail into a typed failure with a message.
import browser from 'webextension-polyfill';
import { failure } from '../core/failure';
import { restrictedReason } from '../core/restricted';
import type { ExtractResult } from '../core/types';

/** Readability takes ~5 ms on a median page and ~80 ms on the worst corpus page; 20 s means stuck. */
export const EXTRACT_TIMEOUT_MS = 20_000;
const EXTRACTOR_FILE = 'content/extract.js';

export async function extractFromTab(tabId: number, force: boolean, api = browser): Promise<ExtractResult> {
  const tab = await api.tabs.get(tabId).catch(() => undefined);
  if (!tab) return failure('no-tab', 'That tab is gone. Open Nutshell again on the page you want to read.');
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

async function inject(tabId: number, force: boolean, api: typeof browser): Promise<ExtractResult> {
  const target = { tabId };
  // The extractor stays registered in the page's isolated world: a second open of the same page
  // skips re-running the 170 kB bundle and rebuilding its segmenters (~80 ms measured). The article
  // itself is always extracted afresh from the live page.
  const extract = async () => {
    const [frame] = await api.scripting.executeScript({
      target,
      func: (f: boolean) => globalThis.__nutshellExtract?.(f) ?? null,
      args: [force],
    });
    if (frame && 'error' in frame && frame.error) throw frame.error;
    return frame?.result as ExtractResult | null | undefined;
  };
  const again = await extract();
  if (again) return again;
  // Firefox reports a script that threw in `error` instead of rejecting; surface it either way.
  const [loaded] = await api.scripting.executeScript({ target, files: [EXTRACTOR_FILE] });
  if (loaded && 'error' in loaded && loaded.error) throw loaded.error;
  return (await extract()) ?? failure('error', "Nutshell's reader could not start on this page. Reload it and try again.");
}

/** The browser's injection errors, in words a reader can act on. */
export function injectionFailure(error: unknown): ExtractResult {
  const text = error instanceof Error ? error.message : String(error);
  if (/gallery|webstore|chrome:\/\/|about:|restricted|cannot be scripted|Missing host permission for the tab/i.test(text)) {
    return failure('restricted', "Browsers don't let extensions read this page.");
  }
  if (/Cannot access contents|must request permission|permission/i.test(text)) {
    return failure('restricted', 'Nutshell can only read a page after you click its icon or press its shortcut on that page.');
  }
  if (/No tab with id|Invalid tab ID/i.test(text)) return failure('no-tab', 'That tab is gone.');
  if (/Frame with ID 0 was removed|The frame was removed|navigat/i.test(text)) {
    return failure('error', 'The page changed while Nutshell was reading it. Try again.');
  }
  return failure('error', `Nutshell couldn't read this page (${text}).`);
}
