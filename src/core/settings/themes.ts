// The theme palettes, as data: the unit test computes every pair's contrast from these values,
// and themeStylesheet() turns them into the CSS custom properties the pages paint with, so the
// colours tested are the colours shown.
import type { ThemeChoice } from './schema';

export type ThemeName = Exclude<ThemeChoice, 'system'>;

export interface Palette {
  scheme: 'light' | 'dark';
  /** Page background, and the text on it. */
  paper: string;
  ink: string;
  /** Secondary text: meta line, captions, notes. */
  muted: string;
  /** Decorative rules between parts (not a control boundary, so no 3:1 rule applies). */
  rule: string;
  /** Boundaries of controls (inputs, selects, quiet buttons): 3:1 against paper and box. */
  control: string;
  /** Links, labels and filled buttons; accentInk is the text on a filled button. */
  accent: string;
  accentInk: string;
  /** The takeaways box and code blocks. */
  box: string;
  /** Highlighted sentence (takeaway traced, sentence read aloud) and the text on it. */
  mark: string;
  markInk: string;
  /** The focus ring: 3:1 against paper and box. */
  focus: string;
  error: string;
}

export const PALETTES: Record<ThemeName, Palette> = {
  light: {
    scheme: 'light', paper: '#fbf9f4', ink: '#1f2328', muted: '#595e63', rule: '#e4dfd3', control: '#837d70',
    accent: '#2d6a57', accentInk: '#ffffff', box: '#f1ede2', mark: '#ffe49a', markInk: '#1f2328',
    focus: '#1f5fbf', error: '#b3261e',
  },
  dark: {
    scheme: 'dark', paper: '#1b1d1f', ink: '#e6e3dc', muted: '#aeada8', rule: '#34373a', control: '#80838a',
    accent: '#7cc4a8', accentInk: '#10231c', box: '#26292b', mark: '#6b5a1e', markInk: '#f4f1ea',
    focus: '#8ab4f8', error: '#f2b8b5',
  },
  sepia: {
    scheme: 'light', paper: '#f4ecd8', ink: '#3b2f20', muted: '#5e4f3c', rule: '#dccfb0', control: '#8a7656',
    accent: '#7a4510', accentInk: '#ffffff', box: '#ebe0c5', mark: '#f3cf72', markInk: '#3b2f20',
    focus: '#1f5a9e', error: '#9b2c1f',
  },
  contrast: {
    scheme: 'dark', paper: '#000000', ink: '#ffffff', muted: '#e6e6e6', rule: '#ffffff', control: '#ffffff',
    accent: '#ffff00', accentInk: '#000000', box: '#000000', mark: '#ffff00', markInk: '#000000',
    focus: '#00ffff', error: '#ff9b9b',
  },
};

const VARS: Record<Exclude<keyof Palette, 'scheme'>, string> = {
  paper: '--paper', ink: '--ink', muted: '--muted', rule: '--rule', control: '--control', accent: '--accent',
  accentInk: '--accent-ink', box: '--box', mark: '--mark', markInk: '--mark-ink', focus: '--focus', error: '--error',
};

function declarations(p: Palette): string {
  const vars = (Object.keys(VARS) as (keyof typeof VARS)[]).map((k) => `${VARS[k]}: ${p[k]};`);
  return [...vars, `color-scheme: ${p.scheme};`].join(' ');
}

/**
 * Every theme as CSS on :root[data-theme]. "system" follows prefers-color-scheme; with
 * forced-colors (Windows high contrast) the system colours win over any theme.
 */
export function themeStylesheet(): string {
  const system = ':root:not([data-theme]), :root[data-theme="system"]';
  return [
    `${system} { ${declarations(PALETTES.light)} }`,
    `@media (prefers-color-scheme: dark) { ${system} { ${declarations(PALETTES.dark)} } }`,
    ...(Object.keys(PALETTES) as ThemeName[]).map((name) => `:root[data-theme="${name}"] { ${declarations(PALETTES[name])} }`),
    '@media (forced-colors: active) { :root, :root[data-theme] { --paper: Canvas; --ink: CanvasText; --muted: CanvasText;' +
      ' --rule: CanvasText; --control: ButtonBorder; --accent: LinkText; --accent-ink: ButtonText; --box: Canvas;' +
      ' --mark: Highlight; --mark-ink: HighlightText; --focus: Highlight; --error: CanvasText; } }',
  ].join('\n');
}
