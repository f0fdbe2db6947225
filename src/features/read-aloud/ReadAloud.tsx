// Read aloud's two pieces of screen: a Play/Pause button in the toolbar, and, while reading, a bar
// after the article (outside article.ns-body, sticky at the window's bottom) with the navigation,
// speed and voice. Every control is a native button or select: keyboard operable, named, and
// focus-visible through the shared :focus-visible rule.
import { RATE_MAX, RATE_MIN, RATE_STEP } from '../../core/read-aloud/queue';
import { t } from '../../platform/i18n';
import type { ReadAloud } from './use-read-aloud';

const RATES = Array.from({ length: Math.round((RATE_MAX - RATE_MIN) / RATE_STEP) + 1 }, (_, i) => RATE_MIN + i * RATE_STEP);

export function ReadAloudButton({ aloud }: { aloud: ReadAloud }) {
  const none = aloud.voices.matching.length + aloud.voices.others.length === 0;
  const playing = aloud.status === 'playing';
  const label = playing ? t('readAloudPause') : aloud.status === 'paused' ? t('readAloudResume') : aloud.chosen ? t('readAloudFromChosen') : t('readAloudStart');
  return (
    <button type="button" class="ns-button ns-quiet ns-aloud-toggle" aria-pressed={playing} disabled={none}
      title={none ? t('readAloudNoVoices') : t('readAloudHint')} onClick={aloud.toggle}>
      <span aria-hidden="true">{playing ? '❚❚ ' : '▶ '}</span>{label}
    </button>
  );
}

export function ReadAloudBar({ aloud }: { aloud: ReadAloud }) {
  if (aloud.status === 'idle') return null;
  const step = (to: Parameters<ReadAloud['move']>[0], key: Parameters<typeof t>[0], glyph: string) => (
    <button type="button" class="ns-button ns-quiet" aria-label={t(key)} title={t(key)} onClick={() => aloud.move(to)}>
      <span aria-hidden="true">{glyph}</span>
    </button>
  );
  const playing = aloud.status === 'playing';
  const { matching, others } = aloud.voices;
  const option = (v: SpeechSynthesisVoice) => <option key={v.voiceURI} value={v.voiceURI}>{`${v.name} (${v.lang})`}</option>;
  return (
    <section class="ns-aloud-bar" aria-label={t('readAloudRegion')} data-status={aloud.status}>
      <div class="ns-aloud-steps">
        {step('prevParagraph', 'readAloudPrevParagraph', '⏮')}
        {step('prevSentence', 'readAloudPrevSentence', '◀')}
        <button type="button" class="ns-button ns-aloud-play" aria-label={playing ? t('readAloudPause') : t('readAloudResume')} onClick={aloud.toggle}>
          <span aria-hidden="true">{playing ? '❚❚' : '▶'}</span>
        </button>
        {step('nextSentence', 'readAloudNextSentence', '▶')}
        {step('nextParagraph', 'readAloudNextParagraph', '⏭')}
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
      <button type="button" class="ns-button ns-quiet" onClick={aloud.stop}>{t('readAloudStop')}</button>
      {aloud.error && <p class="ns-error" role="alert">{t('readAloudError', aloud.error)}</p>}
    </section>
  );
}
