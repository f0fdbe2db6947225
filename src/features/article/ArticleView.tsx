import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { articleLabels } from '../../core/article-labels';
import { createSanitizer, type Sanitizer } from '../../core/sanitize';
import type { Article } from '../../core/types';
import { LineFocus } from '../settings/LineFocus';
import { SettingsPanel } from '../settings/SettingsPanel';
import type { SettingsState } from '../settings/use-settings';
import { TakeawaysBox } from '../takeaways/TakeawaysBox';
import { faithfulBody } from './faithful-body';
import { prepareHtml } from './prepare-html';
import type { Mode } from './mode';
import { splitBody } from './split-body';

let sanitizer: Sanitizer | undefined;
const sanitize = (html: string) => (sanitizer ??= createSanitizer(window))(html);

interface Props {
  article: Article;
  mode: Mode;
  /** Controls for the popup's toolbar (e.g. "Open reader tab"). */
  toolbar?: ComponentChildren;
  settings: SettingsState;
  /** Under the article (the following pages of a multi-page article). */
  after?: ComponentChildren;
}

export function ArticleView({ article, mode, toolbar, settings, after }: Props) {
  const body = useRef<HTMLElement>(null);
  // Sanitised exactly once, right before it touches this page; title and byline stay text. A long
  // body shows its first screen at once and the rest one task later (split-body.ts).
  const pieces = useMemo(() => splitBody(prepareHtml(article.html, article.url)), [article.html, article.url]);
  const html = useMemo(() => sanitize(pieces.first), [pieces]);
  const [rest, setRest] = useState<string | null>(null);
  useEffect(() => {
    setRest(null);
    if (!pieces.rest) return;
    const timer = setTimeout(() => setRest(sanitize(pieces.rest)), 0);
    return () => clearTimeout(timer);
  }, [pieces]);
  // On the live DOM Preact just wrote, once per piece: nothing is re-serialised or re-parsed.
  useLayoutEffect(() => {
    if (body.current) faithfulBody(body.current, article);
  }, [html, rest]);
  const dir = article.dir ?? undefined;
  const lang = article.lang ?? undefined;
  const labels = articleLabels(article);
  const published = formatDate(article.publishedTime);
  // Marks for bench/popup.ts: the first animation frame after the title, the takeaways with their
  // items and the body are in the DOM (issue 13). useEffect runs after Preact has committed them.
  useEffect(() => {
    requestAnimationFrame(() => {
      performance.mark('nutshell:article-painted');
      if (article.takeaways.items.length) performance.mark('nutshell:takeaways-painted');
    });
  }, [article]);

  return (
    <main class={`ns-page ns-${mode}`} data-state="ready">
      <nav class="ns-toolbar" aria-label="Nutshell">
        <span class="ns-brand">Nutshell</span>
        <div class="ns-tools">
          {toolbar}
          <SettingsPanel state={settings} compact={mode === 'popup'} />
        </div>
      </nav>
      <header class="ns-head">
        <p class="ns-meta">
          <a href={article.url} target="_blank" rel="noopener noreferrer">{labels.site ?? article.url}</a>
          <span> · {article.readingMinutes} min read</span>
          {published && <span> · {published}</span>}
        </p>
        {/* The article's own words take its direction and language; Nutshell's labels keep the UI's. */}
        <h1 dir={dir} lang={lang}>{labels.title}</h1>
        {article.byline && <p class="ns-byline" dir={dir} lang={lang}>{article.byline}</p>}
      </header>
      <TakeawaysBox article={article} compact={mode === 'popup'} body={() => body.current} />
      <article ref={body} class="ns-body" dir={dir} lang={lang} data-rest={pieces.rest ? (rest === null ? 'loading' : 'done') : undefined}>
        <div dangerouslySetInnerHTML={{ __html: html }} />
        {rest !== null && <div dangerouslySetInnerHTML={{ __html: rest }} />}
      </article>
      {after}
      {mode === 'reader' && <LineFocus on={settings.settings.lineFocus} />}
    </main>
  );
}

function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date.toLocaleDateString(undefined, { dateStyle: 'medium' });
}
