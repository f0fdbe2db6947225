// Issue 10's bug: the AI failure note said "…showing key sentences instead. Showing key sentences
// instead." Whatever the on-device summarizer fails with, the note says what happened once and
// "Showing key sentences instead." once.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { TakeawaysBox } from '../../src/features/takeaways/TakeawaysBox';
import { storageArea } from './fake-browser';
import { article, controlledStream, fakeSummarizer } from './fakes';

const globals = globalThis as { Summarizer?: unknown };
afterEach(() => {
  cleanup();
  storageArea.reset();
  delete globals.Summarizer;
});

const LOCAL = { source: 'local' as const, items: ['The council voted for a bridge on Tuesday.', 'It opens in 2027.'] };

describe('the AI failure note', () => {
  it.each([
    ['UnknownError', 'The on-device summarizer failed.'],
    ['NotAllowedError', 'Chrome needs a click to download its on-device summary model.'],
    ['QuotaExceededError', 'This article is too long for the on-device summarizer.'],
    ['NotSupportedError', 'The on-device summarizer does not support this language.'],
  ])('%s: the reason, then "Showing key sentences instead." exactly once', async (name, reason) => {
    const chunks = controlledStream();
    globals.Summarizer = fakeSummarizer('available', chunks.stream);
    const { container } = render(<TakeawaysBox article={article(LOCAL)} body={() => null} compact={false} />);
    fireEvent.click(await screen.findByRole('button', { name: 'On-device AI key points' }));
    await waitFor(() => expect(container.querySelector('section')!.dataset.source).toBe('ai'));
    chunks.fail(new DOMException('model said no', name));
    const note = await waitFor(() => {
      const el = container.querySelector('.ns-note');
      if (!el) throw new Error('no note yet');
      return el.textContent!;
    });
    expect(note).toBe(`${reason} Showing key sentences instead.`);
    expect(note.match(/key sentences instead/gi)).toHaveLength(1);
  });
});
