import { useMemo, useRef } from 'preact/hooks';
import { createSanitizer, type Sanitizer } from '../core/sanitize';
import { displayTitle, siteLabel } from '../core/text/title';
import type { Article } from '../core/types';
import { showSentence } from './locate';
import { TakeawaysBox } from './TakeawaysBox';
import type { Mode } from './ReaderApp';

let sanitizer: Sanitizer | undefined;
const sanitize = (html: string) => (sanitizer ??= createSanitizer(window))(html);

interface Props {
  article: Article;
  mode: Mode;
  onOpenReader?: () => void;
}

export function ArticleView({ article, mode, onOpenReader }: Props) {
  const body = useRef<HTMLElement>(null);
  // Sanitised exactly once, right before it touches this page; title and byline stay text.
  const html = useMemo(() => sanitize(article.html), [article.html]);
  const dir = article.dir ?? undefined;
  const lang = article.lang ?? undefined;
  const site = siteLabel(article.siteName, article.url) ?? article.url;
  const published = formatDate(article.publishedTime);

  return (
    <main class={`ns-page ns-${mode}`} data-state="ready">
      {mode === 'popup' && (
        <nav class="ns-toolbar" aria-label="Nutshell">
          <span class="ns-brand">Nutshell</span>
          {onOpenReader && (
            <button type="button" class="ns-button ns-quiet" onClick={onOpenReader}>
              Open reader tab
            </button>
          )}
        </nav>
      )}
      <header class="ns-head">
        <p class="ns-meta">
          <a href={article.url} target="_blank" rel="noopener noreferrer">{site}</a>
          <span> · {article.readingMinutes} min read</span>
          {published && <span> · {published}</span>}
        </p>
        {/* The article's own words take its direction and language; Nutshell's labels keep the UI's. */}
        <h1 dir={dir} lang={lang}>{displayTitle(article.title, article.siteName)}</h1>
        {article.byline && <p class="ns-byline" dir={dir} lang={lang}>{article.byline}</p>}
      </header>
      <TakeawaysBox article={article} compact={mode === 'popup'} onShow={(item) => body.current !== null && showSentence(body.current, item)} />
      <article ref={body} class="ns-body" dir={dir} lang={lang} dangerouslySetInnerHTML={{ __html: html }} />
    </main>
  );
}

function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date.toLocaleDateString(undefined, { dateStyle: 'medium' });
}
