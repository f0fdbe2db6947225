// One app for the popup and the full-tab reader: read the tab, then show the article or a
// specific message.
import { t } from '../../platform/i18n';
import { useEffect } from 'preact/hooks';
import { articleLabels } from '../../core/article-labels';
import { FailureView } from '../../ui/FailureView';
import { Loading } from '../../ui/Loading';
import { OpenReaderButton } from '../open-reader/OpenReaderButton';
import { useSettings } from '../settings/use-settings';
import { ArticleView } from './ArticleView';
import { later } from './later';
import type { Mode } from './mode';
import { useArticle } from './use-article';

// Reader only, at the article's end, and only on multi-page articles: loaded after first paint.
const NextPages = later(() => import('../next-page/NextPages').then((m) => m.NextPages));

export function ArticleApp({ mode }: { mode: Mode }) {
  const { state, load } = useArticle(mode);
  // Painted before the article arrives, so the loading and failure views wear the theme too.
  const settings = useSettings();

  useEffect(() => {
    if (state) performance.mark('nutshell:rendered');
    if (state?.result.ok) document.title = `${articleLabels(state.result.article).title} · Nutshell`;
  }, [state]);

  if (!state) return <Loading label={t('articleLoading')} />;
  const { tabId, result } = state;
  if (!result.ok) return <FailureView failure={result.error} onForce={() => load(true)} />;
  const toolbar = mode === 'popup' && tabId !== null ? <OpenReaderButton tabId={tabId} /> : undefined;
  // The reader tab reads on; the popup is a glance (its "Open reader tab" leads there).
  const after = mode === 'reader' && tabId !== null && result.article.nextPage
    ? <NextPages key={result.article.url} article={result.article} tabId={tabId} auto={settings.settings.autoNextPage && settings.loaded} />
    : undefined;
  return <ArticleView article={result.article} mode={mode} toolbar={toolbar} settings={settings} after={after} />;
}
