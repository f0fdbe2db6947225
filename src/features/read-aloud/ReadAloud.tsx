// Read aloud's two pieces of screen: a Play/Pause button in the toolbar, and, while reading, a bar
// after the article (outside article.ns-body, sticky at the window's bottom) with the navigation,
// speed and voice. Every control is a native button or select: keyboard operable, named, and
// focus-visible through the shared :focus-visible rule.
import { RATE_MAX, RATE_MIN, RATE_STEP } from '../../core/read-aloud/queue';
import { t } from '../../platform/i18n';
import type { ReadAloud } from './use-read-aloud';

// Drawn, not typed: the media-control characters (⏮ ⏭) are missing from many systems' fonts.
const ICONS = {
  prevParagraph: 'M3 3h2v10H3zM14 3v10L6 8z',
  prevSentence: 'M12 3v10L5 8z',
  play: 'M5 3v10l8-5z',
  pause: 'M4 3h3v10H4zM9 3h3v10H9z',
  nextSentence: 'M4 3v10l7-5z',
  nextParagraph: 'M11 3h2v10h-2zM2 3v10l8-5z',
  stop: 'M3.5 2 8 6.5 12.5 2 14 3.5 9.5 8l4.5 4.5-1.5 1.5L8 9.5 3.5 14 2 12.5 6.5 8 2 3.5z',
} as const;
const Icon = ({ d }: { d: string }) => (
  <svg class="ns-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d={d} fill="currentColor" /></svg>
);

const RATES = Array.from({ length: Math.round((RATE_MAX - RATE_MIN) / RATE_STEP) + 1 }, (_, i) => RATE_MIN + i * RATE_STEP);

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
  if (aloud.status === 'idle') return null;
  const step = (to: Parameters<ReadAloud['move']>[0], key: Parameters<typeof t>[0]) => (
    <button type="button" class="ns-button ns-quiet" aria-label={t(key)} title={t(key)} onClick={() => aloud.move(to)}>
      <Icon d={ICONS[to]} />
    </button>
  );
  const playing = aloud.status === 'playing';
  const { matching, others } = aloud.voices;
  const option = (v: SpeechSynthesisVoice) => <option key={v.voiceURI} value={v.voiceURI}>{`${v.name} (${v.lang})`}</option>;
  return (
    <section class="ns-aloud-bar" aria-label={t('readAloudRegion')} data-status={aloud.status}>
      <div class="ns-aloud-steps">
        {step('prevParagraph', 'readAloudPrevParagraph')}
        {step('prevSentence', 'readAloudPrevSentence')}
        <button type="button" class="ns-button ns-aloud-play" aria-label={playing ? t('readAloudPause') : t('readAloudResume')} onClick={aloud.toggle}>
          <Icon d={playing ? ICONS.pause : ICONS.play} />
        </button>
        {step('nextSentence', 'readAloudNextSentence')}
        {step('nextParagraph', 'readAloudNextParagraph')}
      </div>
      <span class="ns-aloud-position">{t('readAloudPosition', [aloud.index + 1, aloud.total])}</span>
      <label class="ns-aloud-field">
        <span>{t('readAloudSpeed')}</span>
        <select value={String(aloud.rate)} onChange={(e) => aloud.setRate(Number(e.currentTarget.value))}>
          {RATES.map((r) => <option key={r} value={String(r)}>{`${r}×`}</option>)}
        </select>
      </label>
      <label class="ns-aloud-field">
        <span>{t('readAloudVoice')}</span>
        <select value={aloud.voiceURI ?? ''} onChange={(e) => aloud.setVoice(e.currentTarget.value)}>
          {matching.length > 0 && <optgroup label={t('readAloudVoicesForLanguage')}>{matching.map(option)}</optgroup>}
          {others.length > 0 && <optgroup label={t('readAloudVoicesOther')}>{others.map(option)}</optgroup>}
        </select>
      </label>
      <button type="button" class="ns-button ns-quiet ns-aloud-stop" aria-label={t('readAloudStop')} title={t('readAloudStop')} onClick={aloud.stop}>
        <Icon d={ICONS.stop} />
      </button>
      {aloud.error && <p class="ns-error" role="alert">{t('readAloudError', aloud.error)}</p>}
    </section>
  );
}
