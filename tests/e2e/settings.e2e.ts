// Reading settings end to end in Chromium: every setting changes the rendered page, a change in
// one view reaches every open Nutshell view at once (storage.onChanged), and it persists in
// storage.sync. Themes are checked by the body's real computed background.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { PALETTES } from '../../src/core/settings/themes';
import { extensionSession } from './lib/session';
import { readArticle } from './lib/ui';

const session = extensionSession();

const rgb = (hex: string) => {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
};
const bodyBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const bodyStyle = (page: Page, selector: string, prop: string) =>
  page.evaluate(([sel, p]) => getComputedStyle(document.querySelector(sel!)!).getPropertyValue(p!), [selector, prop]);
const openSettings = async (page: Page) => {
  const details = page.locator('details.ns-settings');
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await page.getByText('Reading settings').click();
};

async function openBoth() {
  const { tabId } = await session.browser.openTab(session.server.fixtureUrl);
  const reader = await session.browser.openReader(tabId);
  const popup = await session.browser.openPopup(tabId);
  await Promise.all([readArticle(reader), readArticle(popup)]);
  return { reader, popup };
}

describe('reading settings (Chromium)', () => {
  test('follow the system by default: with a dark scheme each page body is dark, with a light one light', async () => {
    const { reader, popup } = await openBoth();
    for (const page of [reader, popup]) {
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('system');
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await bodyBackground(page)).toBe(rgb(PALETTES.dark.paper));
      await page.emulateMedia({ colorScheme: 'light' });
      expect(await bodyBackground(page)).toBe(rgb(PALETTES.light.paper));
    }
    await Promise.all([reader.close(), popup.close()]);
  });

  test('a theme chosen in the reader repaints the open popup at once, persists in storage.sync and after a reload', async () => {
    const { reader, popup } = await openBoth();
    await openSettings(reader);
    for (const [theme, label] of [['sepia', 'Sepia'], ['contrast', 'High contrast'], ['dark', 'Dark'], ['light', 'Light']] as const) {
      await reader.getByLabel(label, { exact: true }).check();
      expect(await bodyBackground(reader)).toBe(rgb(PALETTES[theme].paper));
      // The other view hears it through storage.onChanged: poll, no fixed sleep.
      await popup.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
      expect(await bodyBackground(popup)).toBe(rgb(PALETTES[theme].paper));
    }
    const stored = await session.browser.inExtension((chrome) => chrome.storage.sync.get('settings'));
    expect(stored.settings).toMatchObject({ theme: 'light' });
    await reader.reload();
    await readArticle(reader);
    expect(await reader.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await reader.getByText('Reading settings').click();
    await reader.getByLabel('Follow the system').check();
    await popup.waitForFunction(() => document.documentElement.dataset.theme === 'system');
    await Promise.all([reader.close(), popup.close()]);
  });

  test('every type and layout setting changes the reader, and the compact popup panel changes the popup', async () => {
    const { reader, popup } = await openBoth();
    await openSettings(reader);
    const body = 'article.ns-body';

    await reader.locator('#ns-set-font').selectOption('dyslexic');
    expect(await bodyStyle(reader, body, 'font-family')).toContain('Atkinson Hyperlegible');
    // The face is shipped in the extension: it loads from the extension, with no network.
    expect(await reader.evaluate(async () => (await document.fonts.load('20px "Atkinson Hyperlegible"')).length)).toBeGreaterThan(0);
    await reader.locator('#ns-set-font').selectOption('mono');
    expect(await bodyStyle(reader, body, 'font-family')).toMatch(/monospace/);
    await reader.locator('#ns-set-font').selectOption('sans');
    expect(await bodyStyle(reader, body, 'font-family')).toMatch(/sans-serif/);
    await reader.locator('#ns-set-font').selectOption('serif');

    expect(await bodyStyle(reader, body, 'font-size')).toBe('20px');
    await reader.locator('#ns-set-textSize').fill('150');
    expect(await bodyStyle(reader, body, 'font-size')).toBe('30px');
    await popup.waitForFunction(() => getComputedStyle(document.querySelector('article.ns-body')!).fontSize === '22.5px');

    const width = () => reader.evaluate(() => document.querySelector('article.ns-body')!.getBoundingClientRect().width);
    const before = await width();
    await reader.locator('#ns-set-lineWidth').fill('40');
    expect(await width()).toBeLessThan(before * 0.75);

    await reader.locator('#ns-set-lineHeight').fill('2');
    expect(await bodyStyle(reader, `${body} p:not(.ns-box-marker)`, 'line-height')).toBe('60px');
    await reader.locator('#ns-set-letterSpacing').fill('0.1');
    expect(await bodyStyle(reader, `${body} p:not(.ns-box-marker)`, 'letter-spacing')).toBe('3px');
    await reader.locator('#ns-set-wordSpacing').fill('0.2');
    expect(await bodyStyle(reader, `${body} p:not(.ns-box-marker)`, 'word-spacing')).toBe('6px');

    await reader.locator('#ns-set-align').selectOption('justify');
    expect(await bodyStyle(reader, `${body} p:not(.ns-box-marker)`, 'text-align')).toBe('justify');

    const imgShown = () => reader.evaluate(() => [...document.querySelectorAll('article.ns-body img')].map((i) => getComputedStyle(i).display !== 'none'));
    expect((await imgShown()).every(Boolean)).toBe(true);
    await reader.getByLabel('Show images').uncheck();
    expect((await imgShown()).some(Boolean)).toBe(false);
    await reader.getByLabel('Show images').check();

    expect(await reader.locator('.ns-ruler').count()).toBe(0);
    await reader.getByLabel('Line focus (reading ruler)').check();
    await reader.mouse.move(300, 420);
    await reader.waitForFunction(() => document.querySelector<HTMLElement>('.ns-ruler')?.style.top === '420px');
    // The ruler is Nutshell's UI: outside the body, fixed, and clicks go through it.
    expect(await reader.evaluate(() => !!document.querySelector('.ns-ruler')!.closest('article.ns-body'))).toBe(false);
    expect(await bodyStyle(reader, '.ns-ruler', 'pointer-events')).toBe('none');
    await reader.getByLabel('Line focus (reading ruler)').uncheck();

    // The popup's compact panel: theme, font, size and images, nothing that needs a wide window.
    await openSettings(popup);
    expect(await popup.locator('#ns-set-lineWidth').count()).toBe(0);
    await popup.locator('#ns-set-textSize').fill('100');
    await reader.waitForFunction(() => getComputedStyle(document.querySelector('article.ns-body')!).fontSize === '20px');
    const stored = await session.browser.inExtension((chrome) => chrome.storage.sync.get('settings'));
    expect(stored.settings).toMatchObject({ textSize: 100, lineWidth: 40, lineHeight: 2, letterSpacing: 0.1, wordSpacing: 0.2, align: 'justify' });
    await Promise.all([reader.close(), popup.close()]);
  });
});
