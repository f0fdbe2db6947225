// Reading settings as a disclosure in the toolbar: every control changes the page at once (see
// use-settings). The popup shows the few that matter in a narrow window; the reader shows all.
import { FONTS, RANGES, THEMES, type NumericSetting, type Settings } from '../../core/settings/schema';
import { t } from '../../platform/i18n';
import type { SettingsState } from './use-settings';

export const THEME_LABELS: Record<Settings['theme'], string> = {
  system: 'Follow the system', light: 'Light', dark: 'Dark', sepia: 'Sepia', contrast: 'High contrast',
};
export const FONT_LABELS: Record<Settings['font'], string> = {
  serif: 'Serif', sans: 'Sans serif', mono: 'Monospace', dyslexic: 'Atkinson Hyperlegible (easier to read)',
};

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
      <summary class="ns-button ns-quiet">Reading settings</summary>
      <div class="ns-settings-panel">
        <fieldset class="ns-themes">
          <legend>Theme</legend>
          {THEMES.map((theme) => (
            <label key={theme} class="ns-theme-choice" data-theme-swatch={theme}>
              <input type="radio" name="ns-theme" value={theme} checked={s.theme === theme} onChange={() => update({ theme })} />
              <span>{THEME_LABELS[theme]}</span>
            </label>
          ))}
        </fieldset>
        <label class="ns-field" for="ns-set-font">
          <span>Font</span>
          <select id="ns-set-font" value={s.font} onChange={(e) => update({ font: e.currentTarget.value as Settings['font'] })}>
            {FONTS.map((font) => <option key={font} value={font}>{FONT_LABELS[font]}</option>)}
          </select>
        </label>
        {range('textSize', 'Text size', (v) => `${v}%`)}
        {!compact && range('lineWidth', 'Line width', (v) => `${v} characters`)}
        {!compact && range('lineHeight', 'Line height', (v) => v.toFixed(1))}
        {!compact && range('letterSpacing', 'Letter spacing', (v) => `${v.toFixed(2)} em`)}
        {!compact && range('wordSpacing', 'Word spacing', (v) => `${v.toFixed(2)} em`)}
        {!compact && (
          <label class="ns-field" for="ns-set-align">
            <span>Alignment</span>
            <select id="ns-set-align" value={s.align} onChange={(e) => update({ align: e.currentTarget.value as Settings['align'] })}>
              <option value="start">Ragged edge</option>
              <option value="justify">Justified</option>
            </select>
          </label>
        )}
        <Check id="ns-set-images" label="Show images" checked={s.images} onChange={(images) => update({ images })} />
        {!compact && <Check id="ns-set-focus" label="Line focus (reading ruler)" checked={s.lineFocus} onChange={(lineFocus) => update({ lineFocus })} />}
        {!compact && (
          <Check id="ns-set-next-page" label={t('nextPageAutoSetting')} checked={s.autoNextPage}
            onChange={(autoNextPage) => update({ autoNextPage })} />
        )}
        {state.error && <p class="ns-error" role="alert">Settings were not saved ({state.error}).</p>}
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
