// The library page as a reader meets it: the list newest first, search with highlights, the site
// filter, sort, delete with Undo (nothing gone until the toast closes), the empty library, and the
// first screen painted from the hint before the rest is read. Real components, hooks and storage
// module; only browser.storage is the fake in fake-browser.ts.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { SavedRecord } from '../../src/core/library/record';
import { RECENT_KEY } from '../../src/core/library/recent';
import { LibraryApp } from '../../src/features/library/LibraryApp';
import { savedKey } from '../../src/platform/storage';
import { storageArea } from './fake-browser';

afterEach(() => {
  cleanup();
  storageArea.reset();
});

function record(n: number, over: Partial<SavedRecord> = {}): SavedRecord {
  const at = new Date(Date.UTC(2026, 0, n)).toISOString();
  return {
    version: 2, url: `https://site${n % 2}.example/story-${n}`, title: `Story ${n}`, site: n % 2 ? 'Odd News' : 'Even Times',
    savedAt: at, updatedAt: at, takeaways: { source: 'local', items: [`Item one of story ${n}.`, `Item two of story ${n}.`], edited: false },
    note: '', hasBody: false, previous: null, ...over,
  };
}

function seed(...records: SavedRecord[]) {
  for (const r of records) storageArea.data[savedKey(r.url)] = r;
}

async function open() {
  render(<LibraryApp readerUrl={(url) => `reader.html?saved=${encodeURIComponent(savedKey(url))}`} />);
  await waitFor(() => expect(document.querySelector('main')!.getAttribute('data-state')).toBe('ready'));
}

const titles = () => [...document.querySelectorAll('.ns-entry-title')].map((h) => h.textContent);
const search = () => screen.getByRole('searchbox', { name: 'Search saved takeaways' });

describe('the library list', () => {
  it('explains how to save when nothing is saved', async () => {
    await open();
    expect(screen.getByRole('heading', { name: 'Nothing saved yet' })).toBeTruthy();
    expect(document.querySelector('.ns-library-empty')!.textContent).toContain('Save takeaways');
    expect(document.querySelectorAll('.ns-entry')).toHaveLength(0);
    expect(screen.getByText('0 saved articles')).toBeTruthy();
  });

  it('lists saved articles newest first with title link, site, date, source, items and note', async () => {
    seed(record(1), record(3, { note: 'Ask Sam about this.' }), record(2));
    await open();
    expect(titles()).toEqual(['Story 3', 'Story 2', 'Story 1']);
    const top = document.querySelector('.ns-entry')!;
    expect(within(top as HTMLElement).getByRole('link', { name: 'Story 3' }).getAttribute('href')).toBe('https://site1.example/story-3');
    expect(top.querySelector('.ns-entry-site')!.textContent).toBe('Odd News');
    expect(top.querySelector('time')!.getAttribute('datetime')).toBe(record(3).savedAt);
    expect([...top.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Item one of story 3.', 'Item two of story 3.']);
    expect(top.querySelector('blockquote')!.textContent).toBe('Ask Sam about this.');
    expect(screen.getByText('3 saved articles')).toBeTruthy();
  });

  it('paints the first screen from the hint before the whole library is read, then lists everything', async () => {
    const all = Array.from({ length: 40 }, (_, i) => record(i + 1));
    seed(...all);
    storageArea.data[RECENT_KEY] = { version: 1, total: 40, urls: [all[39]!.url, all[38]!.url] };
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const getKeys = storageArea.getKeys.bind(storageArea);
    storageArea.getKeys = async () => (await gate, getKeys()); // the long read waits
    render(<LibraryApp readerUrl={() => ''} />);
    await waitFor(() => expect(document.querySelector('main')!.getAttribute('data-state')).toBe('first'));
    expect(titles()).toEqual(['Story 40', 'Story 39']);
    expect(document.querySelector('.ns-library-count')!.textContent).toBe('40 saved articles · reading the rest…');
    release();
    await waitFor(() => expect(document.querySelector('main')!.getAttribute('data-state')).toBe('ready'));
    expect(titles()).toHaveLength(12); // windowed: the rest on scroll or "Show more"
    expect(titles()[0]).toBe('Story 40');
    fireEvent.click(screen.getByRole('button', { name: /^Show more/ }));
    expect(titles()).toHaveLength(40);
    expect(screen.queryByRole('button', { name: /^Show more/ })).toBeNull();
    // The page rewrote the hint from the records it read.
    await waitFor(() => expect((storageArea.data[RECENT_KEY] as { urls: string[] }).urls).toHaveLength(30));
    expect((storageArea.data[RECENT_KEY] as { total: number }).total).toBe(40);
  });

  it('a record deleted elsewhere after the hint was written is not shown', async () => {
    seed(record(2));
    storageArea.data[RECENT_KEY] = { version: 1, total: 2, urls: [record(9).url, record(2).url] };
    await open();
    expect(titles()).toEqual(['Story 2']);
    expect(screen.getByText('1 saved article')).toBeTruthy();
  });
});

describe('search, filter and sort', () => {
  it('filters as you type over titles, takeaways, notes and sites, and highlights the matches', async () => {
    seed(record(1, { note: 'A bridge over the river.' }), record(2, { takeaways: { source: 'page', items: ['The Rivers are rising.'], edited: false } }), record(3));
    await open();
    fireEvent.input(search(), { target: { value: 'riv' } });
    expect(titles()).toEqual(['Story 2', 'Story 1']);
    expect(screen.getByText('2 of 3 saved articles')).toBeTruthy();
    expect([...document.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Riv', 'riv']);
    fireEvent.input(search(), { target: { value: 'river bridge' } }); // every term must match
    expect(titles()).toEqual(['Story 1']);
    fireEvent.input(search(), { target: { value: 'even times' } }); // the site
    expect(titles()).toEqual(['Story 2']);
    fireEvent.input(search(), { target: { value: 'nothing like this' } });
    expect(titles()).toEqual([]);
    expect(screen.getByText('No saved takeaways match.')).toBeTruthy();
    fireEvent.input(search(), { target: { value: '' } });
    expect(titles()).toEqual(['Story 3', 'Story 2', 'Story 1']);
    expect(document.querySelectorAll('mark')).toHaveLength(0);
  });

  it('search follows a change made in another view (storage.onChanged), without a re-read', async () => {
    seed(record(1));
    await open();
    fireEvent.input(search(), { target: { value: 'volcano' } });
    expect(titles()).toEqual([]);
    await storageArea.set({ [savedKey(record(5).url)]: record(5, { note: 'Volcano trip.' }) });
    await waitFor(() => expect(titles()).toEqual(['Story 5']));
  });

  it('filters by site and sorts by site', async () => {
    seed(record(1), record(2), record(3), record(4));
    await open();
    const site = screen.getByRole('combobox', { name: 'Site' });
    expect([...site.querySelectorAll('option')].map((o) => o.textContent)).toEqual(['All sites', 'Even Times', 'Odd News']);
    fireEvent.change(site, { target: { value: 'Odd News' } });
    expect(titles()).toEqual(['Story 3', 'Story 1']);
    fireEvent.change(site, { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Sort by' }), { target: { value: 'site' } });
    expect(titles()).toEqual(['Story 4', 'Story 2', 'Story 3', 'Story 1']);
  });
});

describe('delete with Undo', () => {
  it('hides the article at once but removes nothing until the toast closes; Undo brings it back', async () => {
    seed(record(1), record(2));
    await open();
    fireEvent.click(screen.getByRole('button', { name: 'Delete “Story 2”' }));
    expect(titles()).toEqual(['Story 1']);
    expect(screen.getByText('Deleted “Story 2”.')).toBeTruthy();
    expect(storageArea.data[savedKey(record(2).url)]).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(titles()).toEqual(['Story 2', 'Story 1']);
    expect(screen.queryByText('Deleted “Story 2”.')).toBeNull();
    expect(storageArea.data[savedKey(record(2).url)]).toBeDefined();
  });

  it('closing the toast deletes the record from storage', async () => {
    seed(record(1), record(2));
    await open();
    fireEvent.click(screen.getByRole('button', { name: 'Delete “Story 1”' }));
    expect(storageArea.data[savedKey(record(1).url)]).toBeDefined();
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(storageArea.data[savedKey(record(1).url)]).toBeUndefined());
    expect(titles()).toEqual(['Story 2']);
    expect(screen.getByText('1 saved article')).toBeTruthy();
  });
});
