// Articles split over several pages: the following pages, loaded one at a time from the tab (the
// injected extractor fetches them from the page's own origin) and appended under the first.
// On request by default; as soon as the reader opens with the "load automatically" setting.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { FollowingPage } from '../../core/extract/join-pages';
import type { Article, ExtractResult, NextPage } from '../../core/types';
import { extractNextPage } from '../../platform/tabs';
import { setLoadedPages } from './loaded-pages';

/** Following pages appended at most (issue 11); past it the control says the rest is on the site. */
export const MAX_NEXT_PAGES = 10;

export type LoadedPage = FollowingPage;

export interface NextPagesState {
  pages: LoadedPage[];
  /** The page the control would load, or null at the end (or past the limit). */
  next: NextPage | null;
  /** The next page exists but the limit is reached. */
  limited: boolean;
  busy: boolean;
  error: string | null;
  load(): void;
}

type Fetch = (tabId: number, url: string, shown: string[]) => Promise<ExtractResult>;

export function useNextPages(article: Article, tabId: number, auto: boolean, fetchPage: Fetch = extractNextPage): NextPagesState {
  const [pages, setPages] = useState<LoadedPage[]>([]);
  const [next, setNext] = useState<NextPage | null>(article.nextPage ?? null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const seen = useRef(new Set([article.url]));
  const limited = next !== null && pages.length >= MAX_NEXT_PAGES;

  const load = () => {
    if (!next || busy || limited) return;
    setBusy(true);
    setError(null);
    const shown = [article.text, ...pages.map((p) => p.text)];
    void fetchPage(tabId, next.url, shown).then((result) => {
      setBusy(false);
      if (!result.ok) return setError(result.error.message);
      seen.current.add(next.url);
      seen.current.add(result.article.url);
      setPages((list) => [...list, { page: next.page, url: result.article.url, html: result.article.html, text: result.article.text }]);
      // A page that links back to one already shown (a loop, or "next" meaning "first") ends it.
      const after = result.article.nextPage ?? null;
      setNext(after && after.page > next.page && !seen.current.has(after.url) ? { ...after, total: after.total ?? next.total } : null);
    });
  };

  // Save reads what is appended at the moment it writes (loaded-pages.ts).
  useEffect(() => setLoadedPages(article.url, pages), [article.url, pages]);

  useEffect(() => {
    if (auto && next && !busy && !error && !limited) load();
  }, [auto, next, busy, error, limited]);

  return { pages, next, limited, busy, error, load };
}
