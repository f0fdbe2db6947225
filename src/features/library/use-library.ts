// The library's state: every saved record (read once, bodies never), the search index built once
// per page load and updated from storage.onChanged, and deletions that only happen when their
// Undo toast closes.
import { errorMessage } from '../../core/errors';
import { t } from '../../platform/i18n';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { SearchIndex } from '../../core/library/search';
import type { SavedRecord } from '../../core/library/record';
import { library as defaultLibrary, type Library } from '../../platform/storage';

export type SortKey = 'date' | 'site';

export interface LibraryView {
  loaded: boolean;
  total: number;
  newer: number;
  /** The records to show, filtered and sorted. */
  shown: SavedRecord[];
  sites: string[];
  query: string;
  setQuery: (q: string) => void;
  site: string;
  setSite: (s: string) => void;
  sort: SortKey;
  setSort: (s: SortKey) => void;
  /** Hidden now, removed from storage when `commit` runs (the toast closed). */
  pending: SavedRecord | null;
  remove: (record: SavedRecord) => void;
  undo: () => void;
  commit: () => Promise<void>;
  error: string | null;
  library: Library;
}

export function useLibrary(lib: Library = defaultLibrary()): LibraryView {
  const index = useRef(new SearchIndex());
  const [version, setVersion] = useState(0);
  const [loaded, setLoaded] = useState(false);
  const [newer, setNewer] = useState(0);
  const [query, setQuery] = useState('');
  const [site, setSite] = useState('');
  const [sort, setSort] = useState<SortKey>('date');
  const [pending, setPending] = useState<SavedRecord | null>(null);
  const [error, setError] = useState<string | null>(null);
  const pendingRef = useRef<SavedRecord | null>(null);

  useEffect(() => {
    // Subscribe first, so a change made while the list is being read is not missed.
    const stop = lib.subscribe((changes) => {
      for (const change of changes) {
        if (change.record) index.current.upsert(change.record);
        else index.current.remove(change.url);
      }
      setVersion((v) => v + 1);
    });
    void lib.list().then(
      (listing) => {
        for (const record of listing.records) if (!index.current.get(record.url)) index.current.upsert(record);
        setNewer(listing.newer);
        setLoaded(true);
        setVersion((v) => v + 1);
        performance.mark('nutshell:library-listed');
      },
      (e: unknown) => {
        setError(t('libraryReadError', errorMessage(e)));
        setLoaded(true);
      },
    );
    // Leaving the page closes the toast: the deletion happens then.
    const onHide = () => void (pendingRef.current && lib.remove(pendingRef.current.url));
    addEventListener('pagehide', onHide);
    return () => (stop(), removeEventListener('pagehide', onHide));
  }, [lib]);

  // Sorted once per change of the library, not per keystroke; a keystroke only filters.
  const sorted = useMemo(() => {
    const all: SavedRecord[] = [];
    for (const url of index.current.search('')) all.push(index.current.get(url)!);
    return all.sort(sort === 'date' ? byNewest : bySite);
  }, [sort, version]);
  const shown = useMemo(() => {
    const hits = query.trim() ? new Set(index.current.search(query)) : null;
    return sorted.filter((r) => (!hits || hits.has(r.url)) && (!site || r.site === site) && !(pending && pending.url === r.url));
  }, [sorted, query, site, pending]);
  const sites = useMemo(() => {
    const set = new Set<string>();
    for (const url of index.current.search('')) {
      const s = index.current.get(url)?.site;
      if (s) set.add(s);
    }
    return [...set].sort((a, b) => a.localeCompare(b));
  }, [version]);

  const commit = async () => {
    const target = pendingRef.current;
    if (!target) return;
    try {
      await lib.remove(target.url);
    } catch (e) {
      setError(t('libraryDeleteError', [target.title, errorMessage(e)]));
    }
    pendingRef.current = null;
    setPending(null);
  };
  const remove = (record: SavedRecord) => {
    if (pendingRef.current) void lib.remove(pendingRef.current.url); // one toast at a time
    pendingRef.current = record;
    setPending(record);
  };
  const undo = () => {
    pendingRef.current = null;
    setPending(null);
  };

  return { loaded, total: index.current.size, newer, shown, sites, query, setQuery, site, setSite, sort, setSort, pending, remove, undo, commit, error, library: lib };
}

// ISO 8601 instants in UTC sort as strings: no Date parsing in the comparator.
const byNewest = (a: SavedRecord, b: SavedRecord) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : a.url < b.url ? -1 : 1);
const bySite = (a: SavedRecord, b: SavedRecord) => (a.site ?? '').localeCompare(b.site ?? '') || byNewest(a, b);
