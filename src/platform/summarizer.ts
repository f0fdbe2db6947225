// Chrome's built-in, on-device Summarizer (Chrome 138+), used for "key points" when the reader
// asks for them. Nothing leaves the machine. The global is injected (default
// `globalThis.Summarizer`) so tests pass a fake; in Firefox or older Chrome it is simply missing
// and everything reports 'unavailable'. Every failure rejects with a human message: the UI then
// falls back to local key sentences.

import { say } from '../core/i18n/translator';
import { bulletMarker } from '../core/text/bullets';

export type AiAvailability = 'unavailable' | 'downloadable' | 'available';

interface DownloadMonitor {
  addEventListener(type: 'downloadprogress', listener: (e: { loaded: number }) => void): void;
}

export interface SummarizerInstance {
  summarizeStreaming(text: string, options?: { context?: string; signal?: AbortSignal }): ReadableStream<string>;
  destroy(): void;
}

export interface SummarizerApi {
  availability(options?: Record<string, unknown>): Promise<string>;
  create(options: {
    type: 'key-points';
    format: 'plain-text';
    length: 'short' | 'medium' | 'long';
    sharedContext?: string;
    signal?: AbortSignal;
    monitor?: (m: DownloadMonitor) => void;
  }): Promise<SummarizerInstance>;
}

export interface SummarizeOptions {
  /** Model download progress, 0..1 (only when the model is being downloaded). */
  onProgress?: (loaded: number) => void;
  /** The items parsed so far, each time the list grows or its last item does. */
  onItems?: (items: string[]) => void;
  signal?: AbortSignal;
  length?: 'short' | 'medium' | 'long';
  /** e.g. the article title, given to the model as context. */
  context?: string;
}

const OPTIONS = { type: 'key-points', format: 'plain-text' } as const;

function defaultApi(): SummarizerApi | undefined {
  return (globalThis as { Summarizer?: SummarizerApi }).Summarizer;
}

/** Is the on-device model usable: now, after a download (needs a user gesture), or not at all? */
export async function aiAvailability(api: SummarizerApi | undefined = defaultApi()): Promise<AiAvailability> {
  if (!api || typeof api.availability !== 'function') return 'unavailable';
  try {
    const state = await api.availability({ ...OPTIONS, outputLanguage: 'en' });
    if (state === 'available') return 'available';
    if (state === 'downloadable' || state === 'downloading') return 'downloadable';
    return 'unavailable';
  } catch {
    return 'unavailable';
  }
}

/**
 * Parse the model's plain-text key points: one item per bullet ("* ", "- ", "• ", "1. ");
 * unbulleted lines continue the previous item (or start one when there is none yet).
 */
export function parseKeyPoints(output: string): string[] {
  const items: string[] = [];
  for (const raw of output.split(/\r?\n/)) {
    if (!raw.trim()) continue;
    const bullet = bulletMarker(raw, { numbered: true });
    const line = raw.slice(bullet.length).trim().replace(/^\*\*(.+)\*\*$/, '$1');
    if (!line) continue;
    if (bullet || items.length === 0) items.push(line);
    else items[items.length - 1] = `${items[items.length - 1]} ${line}`;
  }
  return items;
}

function humanError(e: unknown, signal?: AbortSignal): Error {
  if (signal?.aborted || (e instanceof Error && e.name === 'AbortError')) return new Error(say('aiCancelled'));
  const name = e instanceof Error ? e.name : '';
  if (name === 'NotAllowedError') return new Error(say('aiNeedsClick'));
  if (name === 'QuotaExceededError') return new Error(say('aiTooLong'));
  if (name === 'NotSupportedError') return new Error(say('aiLanguage'));
  // The UI says what it shows instead (AiNotes); saying it here too printed it twice.
  return new Error(say('aiFailed'));
}

/**
 * Stream key points for `text` from the on-device model. Resolves to the final items; rejects with
 * a human-readable Error (never a raw DOMException) on any failure or cancellation.
 */
export async function summarizeKeyPoints(
  text: string,
  options: SummarizeOptions = {},
  api: SummarizerApi | undefined = defaultApi(),
): Promise<string[]> {
  const { onProgress, onItems, signal, length = 'medium', context } = options;
  if (!api) throw new Error(say('aiMissing'));
  if (signal?.aborted) throw new Error(say('aiCancelled'));
  let summarizer: SummarizerInstance | undefined;
  try {
    summarizer = await api.create({
      ...OPTIONS,
      length,
      ...(context ? { sharedContext: context } : {}),
      ...(signal ? { signal } : {}),
      monitor(m) {
        m.addEventListener('downloadprogress', (e) => onProgress?.(Math.max(0, Math.min(1, e.loaded))));
      },
    });
    const reader = summarizer.summarizeStreaming(text, signal ? { signal } : {}).getReader();
    let output = '';
    let last = '';
    for (;;) {
      if (signal?.aborted) throw new Error('aborted');
      const { done, value } = await reader.read();
      if (done) break;
      if (typeof value !== 'string' || value === '') continue;
      // Chrome streams deltas since https://issues.chromium.org/issues/342859651 was fixed; origin-trial
      // builds before Summarizer shipped (Chrome 138) streamed the whole text so far. This branch can go
      // once minimum_chrome_version is 138 or later.
      output = value.startsWith(output) && output !== '' ? value : output + value;
      const items = parseKeyPoints(output);
      const key = items.join('\n');
      if (key !== last && items.length > 0) {
        last = key;
        onItems?.(items);
      }
    }
    const items = parseKeyPoints(output);
    if (items.length === 0) throw new Error('empty');
    return items;
  } catch (e) {
    if (e instanceof Error && e.message === 'empty') throw new Error(say('aiEmpty'));
    throw humanError(e, signal);
  } finally {
    summarizer?.destroy();
  }
}
