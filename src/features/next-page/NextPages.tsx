// The following pages of a multi-page article under the first, each sanitised once as the first
// page is, then "Load next page (2 of N)" until the last page (or the limit).
import { useMemo } from 'preact/hooks';
import { createSanitizer, type Sanitizer } from '../../core/sanitize';
import type { Article } from '../../core/types';
import { t } from '../../platform/i18n';
import { prepareHtml } from '../article/prepare-html';
import { MAX_NEXT_PAGES, useNextPages, type LoadedPage } from './use-next-pages';

let sanitizer: Sanitizer | undefined;
const sanitize = (html: string) => (sanitizer ??= createSanitizer(window))(html);

export function NextPages({ article, tabId, auto }: { article: Article; tabId: number; auto: boolean }) {
  const state = useNextPages(article, tabId, auto);
  const { next } = state;
  if (!next && state.pages.length === 0) return null;
  const label = next?.total ? t('nextPageLoadOf', [next.page, next.total]) : t('nextPageLoad');
  return (
    <>
      {state.pages.map((p) => <Page key={p.url} page={p} article={article} />)}
      {next && (
        <div class="ns-next-page-control ns-actions" data-next-page={next.page}>
          {state.limited ? (
            <p class="ns-note">
              {t('nextPageLimit', MAX_NEXT_PAGES)} <a href={next.url} target="_blank" rel="noopener noreferrer">{next.url}</a>
            </p>
          ) : (
            <button type="button" class="ns-button ns-quiet" onClick={state.load} disabled={state.busy}>
              {state.busy ? t('nextPageLoading', next.page) : label}
            </button>
          )}
          {state.error && <p class="ns-error" role="alert">{t('nextPageFailed', [next.page, state.error])}</p>}
        </div>
      )}
    </>
  );
}

function Page({ page, article }: { page: LoadedPage; article: Article }) {
  const html = useMemo(() => sanitize(prepareHtml(page.html, page.url)), [page]);
  const name = t('nextPagePart', page.page);
  return (
    <section class="ns-body ns-next-page" data-page={page.page} aria-label={name} dir={article.dir ?? undefined} lang={article.lang ?? undefined}>
      <hr />
      <p class="ns-note">{name}</p>
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </section>
  );
}
