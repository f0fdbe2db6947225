// Every theme meets WCAG AA, computed from the palette the pages are painted with: 4.5:1 for text
// (normal size) on every background it sits on, 3:1 for UI parts (control borders, focus ring,
// filled buttons against the page).
import { describe, expect, it } from 'vitest';
import { contrastRatio, relativeLuminance } from '../../../src/core/settings/contrast';
import { PALETTES, themeStylesheet, type Palette } from '../../../src/core/settings/themes';

type Key = Exclude<keyof Palette, 'scheme'>;
const TEXT: [Key, Key][] = [
  ['ink', 'paper'], ['ink', 'box'], ['muted', 'paper'], ['muted', 'box'], ['accent', 'paper'], ['accent', 'box'],
  ['accentInk', 'accent'], ['markInk', 'mark'], ['error', 'paper'], ['error', 'box'],
];
const UI: [Key, Key][] = [['control', 'paper'], ['control', 'box'], ['focus', 'paper'], ['focus', 'box'], ['accent', 'paper']];

describe('contrast', () => {
  it('computes the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(relativeLuminance('#ff0000')).toBeCloseTo(0.2126, 4);
    expect(() => relativeLuminance('red')).toThrow();
  });
});

describe.each(Object.entries(PALETTES))('theme %s', (_name, palette) => {
  it.each(TEXT)('text %s on %s is at least 4.5:1', (fg, bg) => {
    expect(contrastRatio(palette[fg], palette[bg])).toBeGreaterThanOrEqual(4.5);
  });
  it.each(UI)('UI part %s against %s is at least 3:1', (fg, bg) => {
    expect(contrastRatio(palette[fg], palette[bg])).toBeGreaterThanOrEqual(3);
  });
  it('declares the scheme its paper really has', () => {
    expect(relativeLuminance(palette.paper) < 0.2).toBe(palette.scheme === 'dark');
  });
});

describe('themeStylesheet', () => {
  const css = themeStylesheet();
  it('paints every theme and follows the system by default', () => {
    for (const name of Object.keys(PALETTES)) expect(css).toContain(`:root[data-theme="${name}"]`);
    expect(css).toMatch(/@media \(prefers-color-scheme: dark\) \{ :root:not\(\[data-theme\]\), :root\[data-theme="system"\] \{ --paper: #1b1d1f;/);
    expect(css).toContain('@media (forced-colors: active)');
  });
});
