import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, RANGES, clampSetting, nextTheme, stepSetting, THEMES, validateSettings } from '../../../src/core/settings/schema';

describe('validateSettings', () => {
  it('gives the defaults for nothing, and "follow the system" is the default theme', () => {
    expect(validateSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(validateSettings('junk')).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.theme).toBe('system');
  });
  it('keeps good values, replaces bad ones field by field, drops unknown keys', () => {
    const s = validateSettings({ theme: 'sepia', font: 'comic', textSize: 130, lineFocus: 'yes', images: false, autoNextPage: 'on', extra: 1 });
    expect(s).toMatchObject({ theme: 'sepia', font: 'serif', textSize: 130, lineFocus: false, images: false, autoNextPage: false });
    expect(s).not.toHaveProperty('extra');
    expect(validateSettings({ autoNextPage: true }).autoNextPage).toBe(true);
  });
  it('clamps and snaps numbers to their range', () => {
    expect(clampSetting('textSize', 999)).toBe(RANGES.textSize.max);
    expect(clampSetting('textSize', 12)).toBe(RANGES.textSize.min);
    expect(clampSetting('lineHeight', 1.6400001)).toBe(1.6);
    expect(clampSetting('speechRate', Number.NaN)).toBe(1);
    expect(clampSetting('speechRate', 0.1)).toBe(0.5);
  });
});

describe('stepSetting and nextTheme', () => {
  it('steps within range and stops at the ends', () => {
    expect(stepSetting(DEFAULT_SETTINGS, 'textSize', 1).textSize).toBe(110);
    const big = { ...DEFAULT_SETTINGS, textSize: RANGES.textSize.max };
    expect(stepSetting(big, 'textSize', 1).textSize).toBe(RANGES.textSize.max);
    expect(stepSetting(DEFAULT_SETTINGS, 'lineHeight', -1).lineHeight).toBe(1.5);
  });
  it('cycles through every theme', () => {
    const seen = new Set<string>();
    let t = DEFAULT_SETTINGS.theme;
    for (let i = 0; i < THEMES.length; i++) seen.add((t = nextTheme(t)));
    expect(seen.size).toBe(THEMES.length);
    expect(t).toBe(DEFAULT_SETTINGS.theme);
  });
});
