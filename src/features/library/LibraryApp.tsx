// The library page: saved articles newest first, searchable as you type (with highlights), a
// site filter, sort by date or site, delete with Undo, export, import, and what it all takes.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t, tn } from '../../platform/i18n';
import { terms as splitTerms } from '../../core/library/fold';
import { Toast } from '../../ui/Toast';
import { useSettings } from '../settings/use-settings';
import { LibraryEntry } from './LibraryEntry';
import { LibraryTools } from './LibraryTools';
import { exportJson, exportMarkdown } from './transfer';
import { useLibrary, type SortKey } from './use-library';

/** Rendered at first (a few screens); more as the reader scrolls, so 10,000 saved articles never
 * sit in the DOM at once and a keystroke re-renders only this many. */
const PAGE = 12;

export function LibraryApp({ readerUrl }: { readerUrl: (url: string) => string }) {
  const lib = useLibrary();
  useSettings(); // the reader's theme and type, here too (and live when changed elsewhere)
  const [limit, setLimit] = useState(PAGE);
  const terms = splitTerms(lib.query);
  const filtered = lib.query !== '' || lib.site !== '';
  // An empty library shows how to save, not tools that have nothing to work on.
  const empty = lib.loaded && lib.total === 0;
  useEffect(() => setLimit(PAGE), [lib.query, lib.site, lib.sort]);
  const shownAny = lib.state !== 'loading';
  useEffect(() => {
    if (shownAny) requestAnimationFrame(() => performance.mark('nutshell:library-painted'));
  }, [shownAny]);
  // Scrolling near the end shows more; the button stays for keyboards and for browsers without it.
  const more = useRef<HTMLButtonElement>(null);
  const hasMore = lib.shown.length > limit;
  useEffect(() => {
    const button = more.current;
    if (!button || typeof IntersectionObserver === 'undefined') return;
    const seen = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setLimit((l) => l + PAGE * 2), { rootMargin: '600px' });
    seen.observe(button);
    return () => seen.disconnect();
  }, [hasMore, limit]);

  return (
    <main class="ns-library" data-state={lib.state}>
      <header class="ns-library-head">
        <div class="ns-library-title">
          <h1>{t('libraryTitle')}</h1>
          <div class="ns-library-exports" hidden={empty}>
            <button type="button" class="ns-button ns-quiet" disabled={!lib.shown.length} onClick={() => exportMarkdown(lib.shown, filtered)}>{t('libraryExportMarkdown')}</button>
            <button type="button" class="ns-button ns-quiet" disabled={!lib.shown.length} onClick={() => void exportJson(lib.library, lib.shown)}>{t('libraryExportJson')}</button>
          </div>
        </div>
        <p class="ns-library-count" role="status">
          {!shownAny ? t('libraryOpening') : filtered ? t('libraryCountFiltered', [lib.shown.length, lib.total]) : tn('libraryCount', lib.total)}
          {lib.state === 'first' && ` · ${t('libraryReadingRest')}`}
          {lib.newer > 0 && t('libraryNewer', lib.newer)}
        </p>
        <div class="ns-library-bar" hidden={empty}>
          <input type="search" class="ns-search" aria-label={t('librarySearch')} placeholder={t('librarySearchPlaceholder')}
            value={lib.query} onInput={(e) => lib.setQuery(e.currentTarget.value)} />
          <select aria-label={t('librarySite')} value={lib.site} onChange={(e) => lib.setSite(e.currentTarget.value)}>
            <option value="">{t('libraryAllSites')}</option>
            {lib.sites.map((s) => <option key={s} value={s}>{s}</option>)}
          </select>
          <select aria-label={t('librarySortBy')} value={lib.sort} onChange={(e) => lib.setSort(e.currentTarget.value as SortKey)}>
            <option value="date">{t('librarySortDate')}</option>
            <option value="site">{t('librarySortSite')}</option>
          </select>
        </div>
      </header>
      {lib.error && <p role="alert" class="ns-error">{lib.error}</p>}
      {empty && (
        <section class="ns-library-empty">
          <h2>{t('libraryEmptyTitle')}</h2>
          <EmptyHelp />
        </section>
      )}
      {lib.loaded && lib.total > 0 && lib.shown.length === 0 && <p class="ns-empty">{t('libraryNoMatch')}</p>}
      <div class="ns-entries">
        {lib.shown.slice(0, limit).map((record) => (
          <LibraryEntry key={record.url} record={record} terms={terms} readerUrl={record.hasBody ? readerUrl(record.url) : null} onDelete={() => lib.remove(record)} />
        ))}
      </div>
      {hasMore && (
        <button ref={more} type="button" class="ns-button ns-quiet ns-more" onClick={() => setLimit(limit + PAGE * 4)}>
          {t('libraryShowMore', lib.shown.length - limit)}
        </button>
      )}
      <LibraryTools lib={lib.library} />
      {lib.pending && (
        <Toast message={t('libraryDeleted', lib.pending.title)} action={t('libraryUndo')} onAction={lib.undo} onClose={() => void lib.commit()} />
      )}
    </main>
  );
}

/** The help line with the Save button's own name in bold, wherever the language puts it. */
function EmptyHelp() {
  // getMessage drops control characters, so the split mark is plain text no translation contains.
  const mark = '%SAVE%';
  const [before, after = ''] = t('libraryEmptyHelp', ['Alt+Shift+K', mark]).split(mark);
  return <p>{before}<strong>{t('saveButton')}</strong>{after}</p>;
}
