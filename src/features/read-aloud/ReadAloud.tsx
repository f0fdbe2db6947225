// Read aloud's two pieces of screen: a Play/Pause button in the toolbar, and, while reading, a bar
// after the article (outside article.ns-body, sticky at the window's bottom; Bar.tsx, loaded on
// first use so the first paint does not carry it).
import { useEffect, useState } from 'preact/hooks';
import { t } from '../../platform/i18n';
import { ICONS, Icon } from './Icon';
import type { ReadAloud } from './use-read-aloud';

let barModule: typeof import('./Bar') | undefined;
export const loadBar = () => import('./Bar').then((m) => (barModule = m));

export function ReadAloudButton({ aloud }: { aloud: ReadAloud }) {
  const none = aloud.voices.matching.length + aloud.voices.others.length === 0;
  const playing = aloud.status === 'playing';
  const label = playing ? t('readAloudPause') : aloud.status === 'paused' ? t('readAloudResume') : aloud.chosen ? t('readAloudFromChosen') : t('readAloudStart');
  return (
    <button type="button" class="ns-button ns-quiet ns-aloud-toggle" aria-pressed={playing} disabled={none}
      title={none ? t('readAloudNoVoices') : t('readAloudHint')} onClick={aloud.toggle}>
      <Icon d={playing ? ICONS.pause : ICONS.play} /><span class="ns-aloud-label">{label}</span>
    </button>
  );
}


export function ReadAloudBar({ aloud }: { aloud: ReadAloud }) {
  const [, loaded] = useState(0);
  const active = aloud.status !== 'idle';
  useEffect(() => {
    if (active && !barModule) void loadBar().then(() => loaded((n) => n + 1));
  }, [active]);
  if (!active || !barModule) return null;
  return <barModule.Bar aloud={aloud} />;
}
