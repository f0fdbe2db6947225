// Find the tab a view is about and read it: this page injects and calls the extractor itself
// (platform/tabs, activeTab applies to every page of the extension), so the article is copied
// once, page → here, and the service worker need not be awake. Never an endless spinner:
// extractFromTab answers with an article or a typed failure (with a timeout).
import { useEffect, useState } from 'preact/hooks';
import { errorMessage } from '../../core/errors';
import { failure } from '../../core/failure';
import type { ExtractResult } from '../../core/types';
import { activeTabId, extractFromTab } from '../../platform/tabs';
import type { Mode } from './mode';
import { readSaved, savedParam } from './saved-article';

export interface ArticleState {
  tabId: number | null;
  result: ExtractResult;
}

async function targetTab(mode: Mode): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null) return Number.isInteger(Number(param)) ? Number(param) : null;
  if (mode === 'reader') return null; // the reader is always opened for a given tab
  return activeTabId();
}

async function read(mode: Mode, force: boolean): Promise<ArticleState> {
  const saved = mode === 'reader' ? savedParam() : null;
  if (saved) return { tabId: null, result: await readSaved(saved).catch((e: unknown) => failure('error', errorMessage(e))) };
  const tabId = await targetTab(mode);
  if (tabId === null) return { tabId, result: failure('no-tab') };
  try {
    // Marks for bench/popup.ts: where a reader's wait goes (page load, extraction, rendering).
    performance.mark('nutshell:extract-start');
    const result = await extractFromTab(tabId, force);
    performance.mark('nutshell:extract-end');
    return { tabId, result };
  } catch (error) {
    return { tabId, result: failure('error', errorMessage(error)) };
  }
}

let started: Promise<ArticleState> | null = null;

/**
 * Starts reading the tab before the view renders (the entry calls it first): the extraction in
 * the tab then overlaps the first render, instead of waiting for its effect (issue 13).
 */
export function startReading(mode: Mode): void {
  started = read(mode, false);
}

/** The article of the view's tab: null while reading; `load(true)` skips the readerable gate. */
export function useArticle(mode: Mode): { state: ArticleState | null; load: (force: boolean) => void } {
  const [state, setState] = useState<ArticleState | null>(null);
  // `reading`: a read already under way (the entry's); otherwise one starts here.
  const load = (force: boolean, reading = read(mode, force)) => {
    setState(null);
    void reading.then(setState);
  };
  useEffect(() => {
    const pending = started ?? undefined;
    started = null; // once: a later mount (or "Show anyway") reads afresh
    load(false, pending);
  }, []);
  return { state, load };
}
