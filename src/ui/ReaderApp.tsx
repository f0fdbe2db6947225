// One app for the popup and the full-tab reader: find the tab, ask the background to read it,
// render the article or a specific message. Never a blank page or an endless spinner: the
// background answers every request with an article or a typed failure (with a timeout).
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { failure } from '../core/failure';
import { displayTitle } from '../core/text/title';
import type { ExtractResult } from '../core/types';
import { call } from '../platform/protocol';
import { ArticleView } from './ArticleView';
import { FailureView } from './FailureView';

export type Mode = 'popup' | 'reader';

async function targetTab(mode: Mode): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param !== null) return Number.isInteger(Number(param)) ? Number(param) : null;
  if (mode === 'reader') return null; // the reader is always opened for a given tab
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

async function read(mode: Mode, force: boolean): Promise<{ tabId: number | null; result: ExtractResult }> {
  const tabId = await targetTab(mode);
  if (tabId === null) return { tabId, result: failure('no-tab') };
  try {
    // Marks for bench/popup.ts: where a reader's wait goes (page load, extraction, rendering).
    performance.mark('nutshell:extract-start');
    const result = await call('extract', { tabId, force });
    performance.mark('nutshell:extract-end');
    return { tabId, result };
  } catch (error) {
    return { tabId, result: failure('error', error instanceof Error ? error.message : String(error)) };
  }
}

export function ReaderApp({ mode }: { mode: Mode }) {
  const [state, setState] = useState<{ tabId: number | null; result: ExtractResult } | null>(null);
  const load = (force: boolean) => {
    setState(null);
    void read(mode, force).then(setState);
  };
  useEffect(() => load(false), []);

  useEffect(() => {
    if (state) performance.mark('nutshell:rendered');
    if (state?.result.ok) document.title = `${displayTitle(state.result.article.title, state.result.article.siteName)} · Nutshell`;
  }, [state]);

  if (!state) {
    return (
      <main class="ns-page" data-state="loading" aria-busy="true">
        <p class="ns-loading" role="status">Reading the page…</p>
      </main>
    );
  }
  const { tabId, result } = state;
  if (!result.ok) return <FailureView failure={result.error} onForce={() => load(true)} />;
  const openReader =
    mode === 'popup' && tabId !== null
      ? () => void call('openReader', { tabId }).then(() => window.close())
      : undefined;
  return <ArticleView article={result.article} mode={mode} onOpenReader={openReader} />;
}
