// Reading settings as a disclosure in the toolbar: every control changes the page at once (see
// use-settings). The popup shows the few that matter in a narrow window; the reader shows all.
import { formatNumber, t, type MessageKey } from '../../platform/i18n';
import { FONTS, RANGES, THEMES, type NumericSetting, type Settings } from '../../core/settings/schema';
import type { SettingsState } from './use-settings';

export const THEME_KEYS = {
  system: 'themeSystem', light: 'themeLight', dark: 'themeDark', sepia: 'themeSepia', contrast: 'themeContrast',
} as const satisfies Record<Settings['theme'], MessageKey>;
const FONT_KEYS = {
  serif: 'fontSerif', sans: 'fontSans', mono: 'fontMono', dyslexic: 'fontDyslexic',
} as const satisfies Record<Settings['font'], MessageKey>;

interface Props {
  state: SettingsState;
  compact?: boolean;
}

export function SettingsPanel({ state, compact = false }: Props) {
  const { settings: s, update } = state;
  const range = (key: NumericSetting, label: string, show: (v: number) => string) => (
    <Range key={key} id={`ns-set-${key}`} label={label} value={s[key]} {...RANGES[key]} display={show(s[key])}
      onInput={(v) => update({ [key]: v })} />
  );
  return (
    <details class="ns-settings" data-compact={compact ? '' : undefined}>
      <summary class="ns-button ns-quiet">{t('settingsTitle')}</summary>
      <div class="ns-settings-panel">
        <fieldset class="ns-themes">
          <legend>{t('settingsTheme')}</legend>
          {THEMES.map((theme) => (
            <label key={theme} class="ns-theme-choice" data-theme-swatch={theme}>
              <input type="radio" name="ns-theme" value={theme} checked={s.theme === theme} onChange={() => update({ theme })} />
              <span>{t(THEME_KEYS[theme])}</span>
            </label>
          ))}
        </fieldset>
        <label class="ns-field" for="ns-set-font">
          <span>{t('settingsFont')}</span>
          <select id="ns-set-font" value={s.font} onChange={(e) => update({ font: e.currentTarget.value as Settings['font'] })}>
            {FONTS.map((font) => <option key={font} value={font}>{t(FONT_KEYS[font])}</option>)}
          </select>
        </label>
        {range('textSize', t('settingsTextSize'), (v) => t('settingsPercent', v))}
        {!compact && range('lineWidth', t('settingsLineWidth'), (v) => t('settingsCharacters', v))}
        {!compact && range('lineHeight', t('settingsLineHeight'), (v) => formatNumber(v, 1))}
        {!compact && range('letterSpacing', t('settingsLetterSpacing'), (v) => t('settingsEm', formatNumber(v, 2)))}
        {!compact && range('wordSpacing', t('settingsWordSpacing'), (v) => t('settingsEm', formatNumber(v, 2)))}
        {!compact && (
          <label class="ns-field" for="ns-set-align">
            <span>{t('settingsAlign')}</span>
            <select id="ns-set-align" value={s.align} onChange={(e) => update({ align: e.currentTarget.value as Settings['align'] })}>
              <option value="start">{t('alignStart')}</option>
              <option value="justify">{t('alignJustify')}</option>
            </select>
          </label>
        )}
        <Check id="ns-set-images" label={t('settingsImages')} checked={s.images} onChange={(images) => update({ images })} />
        <Check id="ns-set-no-remote" label={t('settingsNoRemote')} checked={s.noRemote} onChange={(noRemote) => update({ noRemote })} />
        {!compact && <Check id="ns-set-focus" label={t('settingsLineFocus')} checked={s.lineFocus} onChange={(lineFocus) => update({ lineFocus })} />}
        {!compact && (
          <Check id="ns-set-next-page" label={t('nextPageAutoSetting')} checked={s.autoNextPage}
            onChange={(autoNextPage) => update({ autoNextPage })} />
        )}
        {state.error && <p class="ns-error" role="alert">{t('settingsNotSaved', state.error)}</p>}
      </div>
    </details>
  );
}

interface RangeProps { id: string; label: string; value: number; min: number; max: number; step: number; display: string; onInput: (v: number) => void }

function Range({ id, label, value, min, max, step, display, onInput }: RangeProps) {
  const input = (e: Event & { currentTarget: HTMLInputElement }) => onInput(Number(e.currentTarget.value));
  return (
    <div class="ns-field">
      <label for={id}>{label}</label>
      <input id={id} type="range" min={min} max={max} step={step} value={value} aria-valuetext={display} onInput={input} />
      <output for={id}>{display}</output>
    </div>
  );
}

function Check({ id, label, checked, onChange }: { id: string; label: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <label class="ns-check" for={id}>
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
      <span>{label}</span>
    </label>
  );
}
