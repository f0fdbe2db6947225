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
import type { Mode } from './mode';
import { useArticle } from './use-article';

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
  return <ArticleView article={result.article} mode={mode} toolbar={toolbar} settings={settings} />;
}
