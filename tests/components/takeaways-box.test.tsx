// The takeaways box as a reader meets it, in each source and state. Real components and hooks; only
// the browser's edges are fakes (storage.local in fake-browser.ts, Chrome's Summarizer global).
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Article, Takeaways } from '../../src/core/types';
import { FOLD_CHARS } from '../../src/features/fold/use-fold';
import { TakeawaysBox } from '../../src/features/takeaways/TakeawaysBox';
import { savedKey } from '../../src/platform/storage';
import { storageArea } from './fake-browser';
import { article, controlledStream, fakeSummarizer } from './fakes';

const LOCAL: Takeaways = {
  source: 'local',
  items: [
    'The city council voted on Tuesday to build a new bridge across the river.',
    'The bridge will cost about 40 million dollars and should open in 2027.',
    'Residents said the bridge would cut their commute to the city by half.',
  ],
};
const PAGE: Takeaways = { source: 'page', items: ['The vote was 9 to 2.', 'Work starts in spring.'] };

const globals = globalThis as { Summarizer?: unknown };
afterEach(() => {
  cleanup();
  storageArea.reset();
  delete globals.Summarizer;
});

function show(a: Article, compact = false) {
  render(<TakeawaysBox article={a} body={() => null} compact={compact} />);
  const box = screen.getByRole('region', { name: 'Key takeaways' });
  return {
    box,
    source: () => box.getAttribute('data-source'),
    items: () => [...box.querySelectorAll(':scope > ul > li')].map((li) => li.textContent),
    button: (name: string | RegExp) => screen.queryByRole('button', { name }),
  };
}

describe('the box by source', () => {
  it("shows the author's box as given: one list, item text only, and a Save button", () => {
    const view = show(article(PAGE));
    expect(view.source()).toBe('page');
    expect(view.box.querySelectorAll('ul')).toHaveLength(1);
    expect(view.items()).toEqual(PAGE.items);
    expect(view.box.querySelectorAll('li *')).toHaveLength(0);
    expect(screen.getByText("From the author's summary")).toBeTruthy();
    expect(view.button('Save takeaways')).not.toBeNull();
  });

  it('makes key sentences traceable (focusable items) but not an author box', () => {
    const local = show(article(LOCAL));
    expect(local.source()).toBe('local');
    expect([...local.box.querySelectorAll('li')].map((li) => li.tabIndex)).toEqual([0, 0, 0]);
    cleanup();
    const page = show(article(PAGE));
    expect([...page.box.querySelectorAll('li')].map((li) => li.hasAttribute('tabindex'))).toEqual([false, false]);
  });

  it('says so when there is nothing to show, and offers nothing to save', () => {
    const view = show(article({ source: 'local', items: [] }));
    expect(view.box.querySelector('ul')).toBeNull();
    expect(view.box.querySelector('.ns-empty')?.textContent).toBe('Nutshell found no sentences here that work as takeaways.');
    expect(view.button('Save takeaways')).toBeNull();
  });
});

describe('saving', () => {
  it('saving: the button is disabled until the write ends; then "Saved · Open library · Remove" and the record is stored', async () => {
    let finish!: () => void;
    storageArea.onSet = () => new Promise<void>((done) => (finish = done));
    const a = article(LOCAL);
    const view = show(a);
    await waitFor(() => expect((view.button('Save takeaways') as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(view.button('Save takeaways')!);
    await waitFor(() => expect((view.button('Save takeaways') as HTMLButtonElement).disabled).toBe(true));
    await waitFor(() => expect(typeof finish).toBe('function')); // the write has started…
    expect(storageArea.data[savedKey(a.url)]).toBeUndefined(); // …and not ended
    finish();
    await screen.findByRole('button', { name: 'Saved' });
    expect(screen.getByRole('link', { name: 'Open library' }).getAttribute('href')).toBe('library.html');
    expect(view.button('Remove')).not.toBeNull();
    expect(screen.getByRole('status').textContent).toMatch(/^Saved .* to your library\.$/);
    expect(storageArea.data[savedKey(a.url)]).toMatchObject({ version: 2, url: a.url, takeaways: { ...LOCAL, edited: false } });
  });

  it('Remove deletes the record and offers Save again', async () => {
    const a = article(LOCAL);
    const view = show(a);
    await waitFor(() => expect((view.button('Save takeaways') as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(view.button('Save takeaways')!);
    // Remove shows (disabled) as soon as the write is heard, and is enabled once the save returns.
    const remove = (await screen.findByRole('button', { name: 'Remove' })) as HTMLButtonElement;
    await waitFor(() => expect(remove.disabled).toBe(false));
    fireEvent.click(remove);
    await screen.findByRole('button', { name: 'Save takeaways' });
    expect(storageArea.data[savedKey(a.url)]).toBeUndefined();
  });

  it('failed: the reason in an alert, the items still on screen, and Save offered again', async () => {
    storageArea.onSet = () => Promise.reject(new Error('IO error: disk unplugged'));
    const view = show(article(LOCAL));
    await waitFor(() => expect((view.button('Save takeaways') as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(view.button('Save takeaways')!);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('These takeaways were not saved (IO error: disk unplugged). Try again.');
    expect(view.items()).toEqual(LOCAL.items);
    expect((view.button('Save takeaways') as HTMLButtonElement).disabled).toBe(false);
    expect(view.button('Saved')).toBeNull();
  });

  it('an article saved before with the same items opens as Saved, from storage', async () => {
    const a = article(PAGE);
    storageArea.data[savedKey(a.url)] = { version: 1, url: a.url, title: a.title, site: 'x', savedAt: '2026-03-04T12:00:00.000Z', takeaways: PAGE };
    const view = show(a);
    await screen.findByRole('button', { name: 'Saved' });
    expect(view.button('Save takeaways')).toBeNull();
  });

  it('regression (issue 9, bug 2): an earlier save with other items is shown with its date and only replaced by Update, keeping previous', async () => {
    const a = article(PAGE);
    const old = { version: 1, url: a.url, title: a.title, site: 'x', savedAt: '2026-03-04T12:00:00.000Z', takeaways: { source: 'local', items: ['An older sentence.'] } };
    storageArea.data[savedKey(a.url)] = old;
    const view = show(a);
    const status = await screen.findByRole('status');
    expect(status.textContent).toContain(new Date(old.savedAt).toLocaleDateString());
    expect(status.textContent).toContain('An older sentence.');
    expect(view.button('Save takeaways')).toBeNull();
    expect(storageArea.data[savedKey(a.url)]).toEqual(old);
    fireEvent.click(view.button('Update saved takeaways')!);
    await screen.findByRole('button', { name: 'Saved' });
    expect(storageArea.data[savedKey(a.url)]).toMatchObject({ takeaways: { items: PAGE.items }, previous: { takeaways: { items: ['An older sentence.'] } } });
  });

  it('another view\'s change shows at once (storage.onChanged)', async () => {
    const a = article(PAGE);
    const view = show(a);
    await waitFor(() => expect((view.button('Save takeaways') as HTMLButtonElement).disabled).toBe(false));
    await storageArea.set({ [savedKey(a.url)]: { version: 2, url: a.url, title: a.title, site: null, savedAt: '2026-03-04T12:00:00.000Z', updatedAt: '2026-03-04T12:00:00.000Z', takeaways: { ...PAGE, edited: false }, note: '', hasBody: false, previous: null } });
    await screen.findByRole('button', { name: 'Saved' });
  });
});

describe('edit mode', () => {
  it('edits, removes, reorders and adds items with controls outside the <li>s; the box keeps its contract and data-edited', async () => {
    const a = article(PAGE);
    const view = show(a);
    fireEvent.click(view.button('Edit takeaways')!);
    expect(view.box.querySelector('ul')).toBeNull();
    // Edit mode's code loads when it is first opened (its own chunk, issue 13).
    fireEvent.input(await screen.findByRole('textbox', { name: 'Takeaway 1' }), { target: { value: 'First, in my words.' } });
    fireEvent.click(view.button('Move takeaway 2 up')!);
    fireEvent.click(view.button('Add a takeaway')!);
    fireEvent.input(screen.getByRole('textbox', { name: 'Takeaway 3' }), { target: { value: 'Mine.' } });
    fireEvent.click(view.button('Add a takeaway')!);
    fireEvent.input(screen.getByRole('textbox', { name: 'Takeaway 4' }), { target: { value: 'Drop me.' } });
    fireEvent.click(view.button('Remove takeaway 4')!);
    fireEvent.click(view.button('Done editing')!);
    const expected = ['Work starts in spring.', 'First, in my words.', 'Mine.'];
    await waitFor(() => expect(view.items()).toEqual(expected));
    expect(view.box.querySelectorAll('ul')).toHaveLength(1);
    expect(view.box.querySelectorAll('li button, li input, li textarea')).toHaveLength(0);
    expect(view.box.hasAttribute('data-edited')).toBe(true);
    expect(view.source()).toBe('page');
    fireEvent.click(view.button('Save takeaways')!);
    await screen.findByRole('button', { name: 'Saved' });
    expect(storageArea.data[savedKey(a.url)]).toMatchObject({ takeaways: { source: 'page', items: expected, edited: true } });
  });
});

describe('a refused write while editing a saved article', () => {
  it('storage full: the quota message shows, the edited items stay on screen, the stored record is untouched, and Update retries', async () => {
    const a = article(PAGE);
    const view = show(a);
    await waitFor(() => expect((view.button('Save takeaways') as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(view.button('Save takeaways')!);
    await screen.findByRole('button', { name: 'Saved' });
    const stored = structuredClone(storageArea.data[savedKey(a.url)]);
    // Chrome's own message when storage.local is over its 10 MB.
    storageArea.onSet = () => Promise.reject(new Error('Resource::kQuotaBytes quota exceeded'));
    fireEvent.click(view.button('Edit takeaways')!);
    fireEvent.input(await screen.findByRole('textbox', { name: 'Takeaway 1' }), { target: { value: 'My own words, not yet stored.' } });
    fireEvent.input(screen.getByRole('textbox', { name: 'Note' }), { target: { value: 'Keep this note.' } });
    fireEvent.click(view.button('Done editing')!);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe("Nutshell's storage is full, so these takeaways were not saved. Remove some saved articles and try again.");
    expect(view.items()).toEqual(['My own words, not yet stored.', 'Work starts in spring.']);
    expect(storageArea.data[savedKey(a.url)]).toEqual(stored);
    // Room again: the edit on screen can still be stored.
    storageArea.onSet = null;
    fireEvent.click(view.button(/^(Update saved takeaways|Save takeaways)$/)!);
    await screen.findByRole('button', { name: 'Saved' });
    expect(storageArea.data[savedKey(a.url)]).toMatchObject({ takeaways: { items: ['My own words, not yet stored.', 'Work starts in spring.'], edited: true } });
  });
});

describe('folding in the popup', () => {
  const long: Takeaways = { source: 'page', items: Array.from({ length: 6 }, (_, i) => `Item ${i}: ${'word '.repeat(FOLD_CHARS / 30)}`) };

  it('folds a box longer than FOLD_CHARS in the popup, and unfolds it on request', () => {
    const view = show(article(long), true);
    expect(view.box.querySelector('ul')?.classList.contains('ns-folded')).toBe(true);
    expect(view.items()).toEqual(long.items); // folded is clipped by CSS: every item is still in the list
    fireEvent.click(view.button('Show all 6 takeaways')!);
    expect(view.box.querySelector('ul')?.classList.contains('ns-folded')).toBe(false);
    expect(view.button(/Show all/)).toBeNull();
  });

  it('never folds in the reader, nor a short box in the popup', () => {
    expect(show(article(long), false).button(/Show all/)).toBeNull();
    cleanup();
    expect(show(article(PAGE), true).box.querySelector('ul')?.classList.contains('ns-folded')).toBe(false);
  });
});

describe('on-device AI key points (a fake Summarizer global)', () => {
  it('is not offered without the Summarizer (Firefox)', async () => {
    const view = show(article(LOCAL));
    await Promise.resolve();
    expect(view.button(/On-device AI/)).toBeNull();
  });

  it('is offered over key sentences, never over an author box', async () => {
    globals.Summarizer = fakeSummarizer('available', controlledStream().stream);
    // Both boxes at once: when the local box shows the offer, the author box has had the same chance.
    render(
      <>
        <TakeawaysBox article={article(LOCAL)} body={() => null} compact={false} />
        <TakeawaysBox article={article(PAGE, { url: 'https://news.example/other' })} body={() => null} compact={false} />
      </>,
    );
    await screen.findByRole('button', { name: 'On-device AI key points' });
    const [local, page] = screen.getAllByRole('region', { name: 'Key takeaways' });
    expect(local!.getAttribute('data-source')).toBe('local');
    expect(page!.getAttribute('data-source')).toBe('page');
    expect([...page!.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Save takeaways', 'Edit takeaways']);
    expect(screen.getAllByRole('button', { name: /On-device AI/ })).toHaveLength(1);
  });

  it('streams items into data-source="ai" as they arrive, with Save disabled until the end', async () => {
    const chunks = controlledStream();
    globals.Summarizer = fakeSummarizer('available', chunks.stream);
    const view = show(article(LOCAL));
    fireEvent.click(await screen.findByRole('button', { name: 'On-device AI key points' }));
    await waitFor(() => expect(view.source()).toBe('ai'));
    expect(view.box.querySelector('.ns-empty')?.textContent).toBe('Summarising on your device…');
    chunks.push('* The council voted');
    await waitFor(() => expect(view.items()).toEqual(['The council voted']));
    chunks.push(' for a bridge.\n* It opens in 2027.');
    await waitFor(() => expect(view.items()).toEqual(['The council voted for a bridge.', 'It opens in 2027.']));
    expect((view.button('Save takeaways') as HTMLButtonElement).disabled).toBe(true);
    chunks.close();
    await waitFor(() => expect((view.button('Save takeaways') as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(view.button('Show key sentences')!);
    expect(view.source()).toBe('local');
    expect(view.items()).toEqual(LOCAL.items);
  });

  it('regression (issue 9, bug 1): after Save, switching to AI key points no longer says Saved; Update stores the AI items', async () => {
    const chunks = controlledStream();
    globals.Summarizer = fakeSummarizer('available', chunks.stream);
    const a = article(LOCAL);
    const view = show(a);
    await waitFor(() => expect((view.button('Save takeaways') as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(view.button('Save takeaways')!);
    await screen.findByRole('button', { name: 'Saved' });
    fireEvent.click(await screen.findByRole('button', { name: 'On-device AI key points' }));
    chunks.push('* An AI point.');
    chunks.close();
    await waitFor(() => expect(view.items()).toEqual(['An AI point.']));
    await screen.findByRole('button', { name: 'Update saved takeaways' });
    expect(view.button('Saved')).toBeNull();
    expect(storageArea.data[savedKey(a.url)]).toMatchObject({ takeaways: { source: 'local', items: LOCAL.items } });
    fireEvent.click(view.button('Update saved takeaways')!);
    await screen.findByRole('button', { name: 'Saved' });
    expect(storageArea.data[savedKey(a.url)]).toMatchObject({ takeaways: { source: 'ai', items: ['An AI point.'] }, previous: { takeaways: { source: 'local' } } });
  });

  it('shows the download progress when the model must be fetched first', async () => {
    const chunks = controlledStream();
    globals.Summarizer = fakeSummarizer('downloadable', chunks.stream, [0.25]);
    show(article(LOCAL));
    fireEvent.click(await screen.findByRole('button', { name: 'On-device AI key points (downloads a model)' }));
    expect((await screen.findByRole('status')).textContent).toBe('Downloading the on-device model… 25%');
  });

  it('failed: back to the key sentences, with the reason', async () => {
    const chunks = controlledStream();
    globals.Summarizer = fakeSummarizer('available', chunks.stream);
    const view = show(article(LOCAL));
    fireEvent.click(await screen.findByRole('button', { name: 'On-device AI key points' }));
    await waitFor(() => expect(view.source()).toBe('ai'));
    chunks.fail(new DOMException('model crashed', 'UnknownError'));
    await waitFor(() => expect(view.source()).toBe('local'));
    expect(view.items()).toEqual(LOCAL.items);
    expect(view.box.querySelector('.ns-note')?.textContent).toBe('The on-device summarizer failed. Showing key sentences instead.');
  });
});
