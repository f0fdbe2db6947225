// Test doubles of the BROWSER (Chrome's Summarizer global) and plain data, for component tests.
import type { SummarizerApi, SummarizerInstance } from '../../src/platform/summarizer';
import type { Article, Takeaways } from '../../src/core/types';

export function article(takeaways: Takeaways, overrides: Partial<Article> = {}): Article {
  return {
    url: 'https://news.example/2026/bridge.html',
    title: 'Council votes for a bridge',
    byline: null,
    siteName: 'Daily Example',
    lang: 'en',
    dir: null,
    publishedTime: null,
    html: '<p>x</p>',
    text: takeaways.items.join('\n\n'),
    readingMinutes: 2,
    takeaways,
    ...overrides,
  };
}

/** A stream the test writes to: chunks arrive when the test says so. */
export function controlledStream() {
  let controller!: ReadableStreamDefaultController<string>;
  const stream = new ReadableStream<string>({ start: (c) => void (controller = c) });
  return { stream, push: (chunk: string) => controller.enqueue(chunk), close: () => controller.close(), fail: (e: unknown) => controller.error(e) };
}

/** Chrome's Summarizer global, as far as Nutshell uses it, streaming from `stream`. */
export function fakeSummarizer(availability: string, stream: ReadableStream<string>, progress: number[] = []): SummarizerApi & { destroyed: number } {
  const api = {
    destroyed: 0,
    async availability() {
      return availability;
    },
    async create(options: Parameters<SummarizerApi['create']>[0]): Promise<SummarizerInstance> {
      const listeners: ((e: { loaded: number }) => void)[] = [];
      options.monitor?.({ addEventListener: (_type, listener) => listeners.push(listener) });
      for (const loaded of progress) for (const l of listeners) l({ loaded });
      return { summarizeStreaming: () => stream, destroy: () => void api.destroyed++ };
    },
  };
  return api;
}
