// Reading settings: the one shape shared by the popup, the reader and the library, stored as one
// small storage.sync item. Pure: validation turns whatever storage holds (an older version, a
// hand-edited value, another device's newer build) into a complete, in-range Settings.

export const THEMES = ['system', 'light', 'dark', 'sepia', 'contrast'] as const;
export const FONTS = ['serif', 'sans', 'mono', 'dyslexic'] as const;
export const ALIGNS = ['start', 'justify'] as const;

export type ThemeChoice = (typeof THEMES)[number];
export type FontChoice = (typeof FONTS)[number];
export type AlignChoice = (typeof ALIGNS)[number];

export interface Settings {
  theme: ThemeChoice;
  font: FontChoice;
  /** Percent of the page's base size (reader 20px, popup 15px). */
  textSize: number;
  /** Longest line, in characters (the reader; the popup is as wide as it is). */
  lineWidth: number;
  lineHeight: number;
  /** em */
  letterSpacing: number;
  /** em */
  wordSpacing: number;
  align: AlignChoice;
  images: boolean;
  /** "Load no remote content": images as placeholders with their alt text, no media (privacy). */
  noRemote: boolean;
  lineFocus: boolean;
  /** Multi-page articles: load the following pages as the reader opens (false: on request). */
  autoNextPage: boolean;
  /** Read aloud: 0.5–2×, and the chosen voice's URI ('' = the best for the article's language). */
  speechRate: number;
  voice: string;
}

export interface NumberRange {
  min: number;
  max: number;
  step: number;
}

export const RANGES = {
  textSize: { min: 70, max: 200, step: 10 },
  lineWidth: { min: 40, max: 100, step: 5 },
  lineHeight: { min: 1.2, max: 2.2, step: 0.1 },
  letterSpacing: { min: 0, max: 0.2, step: 0.02 },
  wordSpacing: { min: 0, max: 0.5, step: 0.05 },
  speechRate: { min: 0.5, max: 2, step: 0.25 },
} as const satisfies Record<string, NumberRange>;

export type NumericSetting = keyof typeof RANGES;

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  theme: 'system',
  font: 'serif',
  textSize: 100,
  lineWidth: 60,
  lineHeight: 1.6,
  letterSpacing: 0,
  wordSpacing: 0,
  align: 'start',
  images: true,
  noRemote: false,
  lineFocus: false,
  autoNextPage: false,
  speechRate: 1,
  voice: '',
});

const oneOf = <T extends string>(list: readonly T[], value: unknown, fallback: T): T =>
  list.includes(value as T) ? (value as T) : fallback;

/** Snapped to the range's step and clamped; a non-number falls back to the default. */
export function clampSetting(key: NumericSetting, value: unknown): number {
  const { min, max, step } = RANGES[key];
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_SETTINGS[key];
  const snapped = min + Math.round((value - min) / step) * step;
  // Round away binary noise (0.1 steps) so stored values stay short and compare equal.
  return Math.min(max, Math.max(min, Math.round(snapped * 1000) / 1000));
}

/** A complete Settings from anything: unknown keys dropped, bad values replaced by defaults. */
export function validateSettings(raw: unknown): Settings {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  return {
    theme: oneOf(THEMES, r.theme, d.theme),
    font: oneOf(FONTS, r.font, d.font),
    textSize: clampSetting('textSize', r.textSize),
    lineWidth: clampSetting('lineWidth', r.lineWidth),
    lineHeight: clampSetting('lineHeight', r.lineHeight),
    letterSpacing: clampSetting('letterSpacing', r.letterSpacing),
    wordSpacing: clampSetting('wordSpacing', r.wordSpacing),
    align: oneOf(ALIGNS, r.align, d.align),
    images: typeof r.images === 'boolean' ? r.images : d.images,
    noRemote: typeof r.noRemote === 'boolean' ? r.noRemote : d.noRemote,
    lineFocus: typeof r.lineFocus === 'boolean' ? r.lineFocus : d.lineFocus,
    autoNextPage: typeof r.autoNextPage === 'boolean' ? r.autoNextPage : d.autoNextPage,
    speechRate: clampSetting('speechRate', r.speechRate),
    voice: typeof r.voice === 'string' && r.voice.length <= 200 ? r.voice : d.voice,
  };
}

/** One step up or down a numeric setting (keyboard shortcuts, +/- buttons). */
export function stepSetting(settings: Settings, key: NumericSetting, direction: 1 | -1): Settings {
  return { ...settings, [key]: clampSetting(key, settings[key] + direction * RANGES[key].step) };
}

/** The next theme in the list (the reader's theme key cycles). */
export function nextTheme(theme: ThemeChoice): ThemeChoice {
  return THEMES[(THEMES.indexOf(theme) + 1) % THEMES.length]!;
}
