import { tn, uiLanguage } from '../../platform/i18n';
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { articleLabels } from '../../core/article-labels';
import { createSanitizer, type Sanitizer } from '../../core/sanitize';
import type { Article } from '../../core/types';
import { ReadAloudBar, ReadAloudButton } from '../read-aloud/ReadAloud';
import { useReadAloud } from '../read-aloud/use-read-aloud';
import { LineFocus } from '../settings/LineFocus';
import type { SettingsState } from '../settings/use-settings';
import { TakeawaysBox } from '../takeaways/TakeawaysBox';
import { faithfulBody } from './faithful-body';
import { later } from './later';
import { prepareHtml } from './prepare-html';
import type { Mode } from './mode';
import { splitBody } from './split-body';
import { NO_REMOTE_LABELS } from './no-remote-labels';

// Reader only, and not needed for the first screen: its own chunk, loaded after the first paint.
const ReaderKeys = later(() => import('../reader-keys/ReaderKeys').then((m) => m.ReaderKeys));
// Found once the body is in the DOM: it never holds up the article's first paint either.
// The settings panel is a closed disclosure at first paint: its controls load right after.
const SettingsPanel = later(() => import('../settings/SettingsPanel').then((m) => m.SettingsPanel));
const Contents = later(() => import('../contents/Contents').then((m) => m.Contents));

const sanitizers: { remote?: Sanitizer; local?: Sanitizer } = {};
// "Load no remote content" swaps images and media for placeholders inside the sanitiser itself.
const sanitize = (html: string, noRemote = false) => (noRemote
  ? (sanitizers.local ??= createSanitizer(window, { noRemote: NO_REMOTE_LABELS }))
  : (sanitizers.remote ??= createSanitizer(window)))(html);

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
  const bodyEl = useRef(() => body.current).current;
  // Sanitised exactly once, right before it touches this page; title and byline stay text. A long
  // body shows its first screen at once and the rest one task later (split-body.ts).
  const pieces = useMemo(() => splitBody(prepareHtml(article.html, article.url)), [article.html, article.url]);
  const noRemote = settings.settings.noRemote;
  const html = useMemo(() => sanitize(pieces.first, noRemote), [pieces, noRemote]);
  const [rest, setRest] = useState<string | null>(null);
  useEffect(() => {
    setRest(null);
    if (!pieces.rest) return;
    const timer = setTimeout(() => setRest(sanitize(pieces.rest, noRemote)), 0);
    return () => clearTimeout(timer);
  }, [pieces, noRemote]);
  // On the live DOM Preact just wrote, once per piece: nothing is re-serialised or re-parsed.
  useLayoutEffect(() => {
    if (body.current) faithfulBody(body.current, article);
  }, [html, rest]);
  // The article's own direction and language, never the UI's: unknown ones are "auto" (from the
  // first strong letter) and "" (unknown), so an English article stays left to right under an
  // Arabic UI and is not hyphenated as German under a German one.
  const dir = article.dir ?? 'auto';
  const lang = article.lang ?? '';
  const labels = articleLabels(article);
  const aloud = useReadAloud(() => body.current, lang || undefined);
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
          <ReadAloudButton aloud={aloud} />
          {mode === 'reader' && <ReaderKeys settings={settings} />}
          <SettingsPanel state={settings} compact={mode === 'popup'} />
        </div>
      </nav>
      <header class="ns-head">
        <p class="ns-meta">
          <a href={article.url} target="_blank" rel="noopener noreferrer">{labels.site ?? article.url}</a>
          <span> · {tn('readingTime', article.readingMinutes)}</span>
          {published && <span> · {published}</span>}
        </p>
        {/* The article's own words take its direction and language; Nutshell's labels keep the UI's. */}
        <h1 dir={dir} lang={lang}>{labels.title}</h1>
        {article.byline && <p class="ns-byline" dir={dir} lang={lang}>{article.byline}</p>}
      </header>
      <TakeawaysBox article={article} compact={mode === 'popup'} body={() => body.current} />
      <Contents body={bodyEl} wide={mode === 'reader'} />
      <article ref={body} class="ns-body" dir={dir} lang={lang} data-rest={pieces.rest ? (rest === null ? 'loading' : 'done') : undefined}>
        <div dangerouslySetInnerHTML={{ __html: html }} />
        {rest !== null && <div dangerouslySetInnerHTML={{ __html: rest }} />}
      </article>
      <ReadAloudBar aloud={aloud} />
      {after}
      {mode === 'reader' && <LineFocus on={settings.settings.lineFocus} />}
    </main>
  );
}

function formatDate(iso: string | null): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date.toLocaleDateString(uiLanguage(), { dateStyle: 'medium' });
}
