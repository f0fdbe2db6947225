// The library's state. The first screen comes from a small hint (the newest URLs, two reads) and
// is painted before anything else; then every record is read once (bodies never) into the search
// index, which storage.onChanged keeps current. A keystroke only filters precomputed haystacks,
// narrowing the last answer when the query grows. Deletions happen when their Undo toast closes.
import { errorMessage } from '../../core/errors';
import { t } from '../../platform/i18n';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { terms as splitTerms } from '../../core/library/fold';
import { byNewest, recentHint } from '../../core/library/recent';
import { SearchIndex } from '../../core/library/search';
import type { SavedRecord } from '../../core/library/record';
import { library as defaultLibrary, type Library } from '../../platform/storage';

export type SortKey = 'date' | 'site';
/** `first`: the first screen is shown, the rest is still being read. */
export type LoadState = 'loading' | 'first' | 'ready';

export interface LibraryView {
  state: LoadState;
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

const afterPaint = (fn: () => void) => requestAnimationFrame(() => setTimeout(fn, 0));

export function useLibrary(lib: Library = defaultLibrary()): LibraryView {
  const index = useRef(new SearchIndex());
  const [version, setVersion] = useState(0);
  const [state, setState] = useState<LoadState>('loading');
  const [hintTotal, setHintTotal] = useState(0);
  const [newer, setNewer] = useState(0);
  const [query, setQuery] = useState('');
  const [site, setSite] = useState('');
  const [sort, setSort] = useState<SortKey>('date');
  const [pending, setPending] = useState<SavedRecord | null>(null);
  const [error, setError] = useState<string | null>(null);
  const pendingRef = useRef<SavedRecord | null>(null);
  // Started while rendering, not in the effect: Preact runs effects only after a frame.
  const [firstRead] = useState(() => lib.firstScreen());

  useEffect(() => {
    let live = true;
    // URLs a change event already brought: what a slower read returns for them is older.
    const changed = new Set<string>();
    const bump = () => setVersion((v) => v + 1);
    // Subscribe first, so a change made while the library is being read is not missed.
    const stop = lib.subscribe((changes) => {
      for (const change of changes) {
        changed.add(change.url);
        if (change.record) index.current.upsert(change.record);
        else index.current.remove(change.url);
      }
      bump();
    });
    const take = (records: SavedRecord[]) => {
      for (const record of records) if (!changed.has(record.url)) index.current.upsert(record);
    };
    const readAll = () => void lib.list().then(
      (listing) => {
        if (!live) return;
        // Records gone since the first screen was read must not stay listed.
        const present = new Set(listing.records.map((r) => r.url));
        for (const record of [...index.current.records()]) if (!present.has(record.url) && !changed.has(record.url)) index.current.remove(record.url);
        take(listing.records);
        setNewer(listing.newer);
        setState('ready');
        bump();
        performance.mark('nutshell:library-listed');
        afterPaint(() => {
          const newest = [...index.current.records()].sort(byNewest);
          void lib.keepHint(recentHint(newest, index.current.size));
        });
      },
      (e: unknown) => {
        if (!live) return;
        setError(t('libraryReadError', errorMessage(e)));
        setState('ready');
      },
    );
    void firstRead.then(
      (first) => {
        if (!live) return;
        performance.mark('nutshell:library-first-read');
        if (first && first.records.length) {
          take(first.records);
          setHintTotal(first.total);
          setState((s) => (s === 'loading' ? 'first' : s));
          bump();
          afterPaint(readAll); // let the first screen reach the glass before the long read
        } else readAll();
      },
      () => live && readAll(),
    );
    // Leaving the page closes the toast: the deletion happens then.
    const onHide = () => void (pendingRef.current && lib.remove(pendingRef.current.url));
    addEventListener('pagehide', onHide);
    return () => ((live = false), stop(), removeEventListener('pagehide', onHide));
  }, [lib]);

  // Sorted once per change of the library, not per keystroke; a keystroke only filters.
  const sorted = useMemo(() => [...index.current.records()].sort(sort === 'date' ? byNewest : bySite), [sort, version]);
  const last = useRef<{ terms: string[]; site: string; sorted: SavedRecord[]; pending: SavedRecord | null; list: SavedRecord[] } | null>(null);
  const shown = useMemo(() => {
    const wanted = splitTerms(query);
    const prev = last.current;
    // Every hit of "climat" is among the hits of "clima": filter the last answer, not everything.
    const narrows = prev && prev.sorted === sorted && prev.site === site && prev.pending === pending && prev.terms.every((p) => wanted.some((w) => w.includes(p)));
    const pool = narrows ? prev.list : sorted;
    const list = pool.filter((r) => (!site || r.site === site) && !(pending && pending.url === r.url) && (wanted.length === 0 || index.current.matches(r.url, wanted)));
    last.current = { terms: wanted, site, sorted, pending, list };
    return list;
  }, [sorted, query, site, pending]);
  const sites = useMemo(() => {
    const set = new Set<string>();
    for (const record of index.current.records()) if (record.site) set.add(record.site);
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

  const total = state === 'first' ? Math.max(hintTotal, index.current.size) : index.current.size;
  return { state, loaded: state === 'ready', total, newer, shown, sites, query, setQuery, site, setSite, sort, setSort, pending, remove, undo, commit, error, library: lib };
}

const bySite = (a: SavedRecord, b: SavedRecord) => (a.site ?? '').localeCompare(b.site ?? '') || byNewest(a, b);
