// The read-aloud bar, shown while reading: navigation, position, speed, voice and stop. Loaded with
// the player on first use (use-read-aloud.ts). Native buttons and selects: keyboard operable, named,
// focus-visible through the shared :focus-visible rule.
import { RATE_MAX, RATE_MIN, RATE_STEP } from '../../core/read-aloud/voices';
import { useEffect } from 'preact/hooks';
import { t } from '../../platform/i18n';
import { keepSentenceInView } from './highlight';
import { ICONS, Icon } from './Icon';
import type { ReadAloud } from './use-read-aloud';

const RATES = Array.from({ length: Math.round((RATE_MAX - RATE_MIN) / RATE_STEP) + 1 }, (_, i) => RATE_MIN + i * RATE_STEP);

export function Bar({ aloud }: { aloud: ReadAloud }) {
  // The first sentence was scrolled before the bar existed: it may sit under the bar now.
  useEffect(keepSentenceInView, []);
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
