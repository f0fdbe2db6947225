import { describe, expect, it, vi } from 'vitest';
import {
  aiAvailability,
  parseKeyPoints,
  type SummarizerApi,
  type SummarizerInstance,
  summarizeKeyPoints,
} from '../../src/platform/summarizer';

function streamOf(chunks: string[], failAt?: number): ReadableStream<string> {
  let i = 0;
  return new ReadableStream<string>({
    pull(controller) {
      if (failAt !== undefined && i === failAt) {
        controller.error(new DOMException('model crashed', 'UnknownError'));
        return;
      }
      const chunk = chunks[i++];
      if (chunk === undefined) controller.close();
      else controller.enqueue(chunk);
    },
  });
}

function fakeApi(opts: {
  availability?: string | Error;
  chunks?: string[];
  failAt?: number;
  createError?: Error;
  progress?: number[];
}): SummarizerApi & { destroyed: number; created: unknown[] } {
  const api = {
    destroyed: 0,
    created: [] as unknown[],
    async availability() {
      if (opts.availability instanceof Error) throw opts.availability;
      return opts.availability ?? 'available';
    },
    async create(options: Parameters<SummarizerApi['create']>[0]): Promise<SummarizerInstance> {
      api.created.push(options);
      if (opts.createError) throw opts.createError;
      const listeners: ((e: { loaded: number }) => void)[] = [];
      options.monitor?.({ addEventListener: (_t, l) => listeners.push(l) });
      for (const loaded of opts.progress ?? []) for (const l of listeners) l({ loaded });
      return {
        summarizeStreaming: () => streamOf(opts.chunks ?? [], opts.failAt),
        destroy: () => {
          api.destroyed++;
        },
      };
    },
  };
  return api;
}

describe('aiAvailability', () => {
  it('maps the API states to three states', async () => {
    expect(await aiAvailability(fakeApi({ availability: 'available' }))).toBe('available');
    expect(await aiAvailability(fakeApi({ availability: 'downloadable' }))).toBe('downloadable');
    expect(await aiAvailability(fakeApi({ availability: 'downloading' }))).toBe('downloadable');
    expect(await aiAvailability(fakeApi({ availability: 'unavailable' }))).toBe('unavailable');
  });

  it('treats a missing API (Firefox) or a throwing one as unavailable', async () => {
    expect(await aiAvailability(undefined)).toBe('unavailable');
    expect(await aiAvailability({} as SummarizerApi)).toBe('unavailable');
    expect(await aiAvailability(fakeApi({ availability: new Error('boom') }))).toBe('unavailable');
  });
});

describe('parseKeyPoints', () => {
  it('reads *, -, • and numbered bullets, joining wrapped lines', () => {
    expect(parseKeyPoints('* First point.\n- Second point\n  continues here.\n• Third.\n2. Fourth.\n3) Fifth.')).toEqual([
      'First point.',
      'Second point continues here.',
      'Third.',
      'Fourth.',
      'Fifth.',
    ]);
    expect(parseKeyPoints('\n\n')).toEqual([]);
  });
});

describe('summarizeKeyPoints', () => {
  it('streams delta chunks into growing item lists and resolves to the final items', async () => {
    const api = fakeApi({ chunks: ['* The council', ' voted.\n', '* A bridge', ' will be built.'] });
    const seen: string[][] = [];
    const items = await summarizeKeyPoints('article text', { onItems: (i) => seen.push(i), context: 'Bridge vote' }, api);
    expect(items).toEqual(['The council voted.', 'A bridge will be built.']);
    expect(seen[0]).toEqual(['The council']);
    expect(seen.at(-1)).toEqual(items);
    expect(api.created[0]).toMatchObject({ type: 'key-points', format: 'plain-text', sharedContext: 'Bridge vote' });
    expect(api.destroyed).toBe(1);
  });

  it('also accepts cumulative chunks', async () => {
    const api = fakeApi({ chunks: ['* One.', '* One.\n* Two.', '* One.\n* Two.\n* Three.'] });
    expect(await summarizeKeyPoints('text', {}, api)).toEqual(['One.', 'Two.', 'Three.']);
  });

  it('reports download progress clamped to 0..1', async () => {
    const onProgress = vi.fn();
    await summarizeKeyPoints('text', { onProgress }, fakeApi({ chunks: ['* A.'], progress: [0, 0.5, 1.2] }));
    expect(onProgress.mock.calls.map((c) => c[0])).toEqual([0, 0.5, 1]);
  });

  it('rejects with human messages and always destroys the session', async () => {
    await expect(summarizeKeyPoints('t', {}, undefined)).rejects.toThrow('no on-device summarizer');
    const needsClick = fakeApi({ createError: new DOMException('gesture', 'NotAllowedError') });
    await expect(summarizeKeyPoints('t', {}, needsClick)).rejects.toThrow('needs a click');
    const crash = fakeApi({ chunks: ['* A.'], failAt: 1 });
    await expect(summarizeKeyPoints('t', {}, crash)).rejects.toThrow(/^The on-device summarizer failed\.$/);
    expect(crash.destroyed).toBe(1);
    const empty = fakeApi({ chunks: ['   '] });
    await expect(summarizeKeyPoints('t', {}, empty)).rejects.toThrow('returned nothing');
  });

  it('rejects as cancelled when the signal aborts', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(summarizeKeyPoints('t', { signal: controller.signal }, fakeApi({ chunks: ['* A.'] }))).rejects.toThrow('cancelled');
    const later = new AbortController();
    const api = fakeApi({ chunks: ['* A.', '\n* B.'] });
    const p = summarizeKeyPoints('t', { signal: later.signal, onItems: () => later.abort() }, api);
    await expect(p).rejects.toThrow('cancelled');
    expect(api.destroyed).toBe(1);
  });
});
