// The table of contents, the reader's keys with their `?` help, and print, in Chromium on the
// local long article (six headings) and on corpus pages with fewer than three (guardian-1 has two,
// nytimes-1 none). Screenshots for looking at go to $NUTSHELL_SCREENS (out/screenshots otherwise).
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { PALETTES } from '../../src/core/settings/themes';
import { extensionSession } from './lib/session';
import { readArticle, screenshotDir } from './lib/ui';

const session = extensionSession();
const shots = process.env.NUTSHELL_SCREENS ?? screenshotDir;
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const HEADINGS = ['How a prediction is made', 'The code', 'Local against official', 'The formula', 'The people behind the numbers', 'What comes next'];

async function openReader(url = session.server.fixtureUrl, viewport?: { width: number; height: number }) {
  const { tabId } = await session.browser.openTab(url);
  const reader = await session.browser.openReader(tabId);
  if (viewport) await reader.setViewportSize(viewport);
  await readArticle(reader);
  return { reader, tabId };
}
const entries = (page: Page) => page.locator('nav.ns-contents a').allTextContents();
const currentEntry = (page: Page) => page.evaluate(() => document.querySelector('nav.ns-contents a[aria-current="location"]')?.textContent ?? null);
const waitCurrent = (page: Page, text: string | null) =>
  page.waitForFunction((want) => (document.querySelector('nav.ns-contents a[aria-current="location"]')?.textContent ?? null) === want, text);
const settingsIn = (page: Page) => page.evaluate(() => ({ theme: document.documentElement.dataset.theme, scale: document.documentElement.style.getPropertyValue('--ns-scale') }));

describe('table of contents (Chromium)', () => {
  test('a wide reader: a column beside the article, outside the body, after the title and the takeaways', async () => {
    const { reader } = await openReader();
    const nav = reader.locator('nav.ns-contents');
    await expect.poll(() => nav.getAttribute('data-layout')).toBe('side');
    expect(await entries(reader)).toEqual(HEADINGS);
    expect(await nav.getAttribute('aria-label')).toBe('Contents');
    const facts = await reader.evaluate(() => {
      const body = document.querySelector('article.ns-body')!;
      const nav = document.querySelector('nav.ns-contents')!;
      const box = document.querySelector('section[aria-label="Key takeaways"]')!;
      const navBox = nav.getBoundingClientRect();
      const bodyBox = body.getBoundingClientRect();
      const positions = [...body.querySelectorAll('*')].map((el) => getComputedStyle(el).position);
      return {
        navInBody: body.contains(nav),
        firstH1: document.querySelector('h1')!.textContent,
        firstH1InHead: !!document.querySelector('h1')!.closest('header.ns-head'),
        // DOCUMENT_POSITION_FOLLOWING: the contents come after the takeaways box.
        afterBox: !!(box.compareDocumentPosition(nav) & Node.DOCUMENT_POSITION_FOLLOWING),
        besideBody: navBox.right <= bodyBox.left,
        pinnedInBody: positions.filter((p) => p === 'fixed' || p === 'sticky').length,
        ownIds: [...body.querySelectorAll('h2, h3')].map((h) => h.id),
      };
    });
    expect(facts).toMatchObject({ navInBody: false, firstH1InHead: true, afterBox: true, besideBody: true, pinnedInBody: 0 });
    expect(facts.firstH1).toBe('How a small harbour learned to predict its own tides');
    // The fixture's headings have no ids: Nutshell's own prefix, never the page's user-content-.
    expect(facts.ownIds.every((id) => /^ns-heading-\d+$/.test(id))).toBe(true);
    await reader.close();
  });

  test('a contents link jumps to its heading (below the toolbar, focused) and the list follows the reading position', async () => {
    const { reader } = await openReader();
    await reader.locator('nav.ns-contents').waitFor();
    expect(await currentEntry(reader)).toBeNull(); // above the first heading
    await reader.locator('nav.ns-contents a', { hasText: 'The formula' }).click();
    await waitCurrent(reader, 'The formula');
    // The scroll is smooth (no reduced motion asked for here): wait until it has settled.
    const formulaTop = () => reader.evaluate(() => [...document.querySelectorAll('article.ns-body h2')].find((e) => e.textContent === 'The formula')!.getBoundingClientRect().top);
    await expect.poll(formulaTop).toBeLessThan(200);
    const landed = await reader.evaluate(() => {
      const h = [...document.querySelectorAll('article.ns-body h2')].find((e) => e.textContent === 'The formula')!;
      return { top: h.getBoundingClientRect().top, toolbar: document.querySelector('.ns-toolbar')!.getBoundingClientRect().bottom, focused: document.activeElement === h };
    });
    expect(landed.focused).toBe(true);
    expect(landed.top).toBeGreaterThanOrEqual(landed.toolbar);
    expect(landed.top).toBeLessThan(200);
    // Reading on: scrolling by hand moves the mark, back and forth.
    await reader.evaluate(() => [...document.querySelectorAll('article.ns-body h3')].find((e) => e.textContent === 'The code')!.scrollIntoView());
    await waitCurrent(reader, 'The code');
    // A jump straight past headings that were never on screen (the End key) still lands the mark.
    await reader.keyboard.press('End');
    await waitCurrent(reader, 'What comes next');
    await reader.evaluate(() => window.scrollTo(0, 0));
    await waitCurrent(reader, null);
    expect(await reader.locator('nav.ns-contents a[aria-current]').count()).toBe(0);
    await reader.locator('nav.ns-contents a', { hasText: 'Local against official' }).click();
    await waitCurrent(reader, 'Local against official');
    await expect.poll(() => reader.evaluate(() => [...document.querySelectorAll('article.ns-body h2')].find((e) => e.textContent === 'Local against official')!.getBoundingClientRect().top)).toBeLessThan(100);
    mkdirSync(shots, { recursive: true });
    await reader.screenshot({ path: resolve(shots, 'contents-reader-wide.png') });
    await reader.close();
  });

  test('a narrow reader and the popup: a closed list above the article that opens and jumps', async () => {
    const { reader, tabId } = await openReader(undefined, { width: 800, height: 900 });
    const nav = reader.locator('nav.ns-contents');
    await expect.poll(() => nav.getAttribute('data-layout')).toBe('list');
    expect(await reader.locator('nav.ns-contents details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    // Widening the window brings the column back.
    await reader.setViewportSize({ width: 1280, height: 900 });
    await expect.poll(() => nav.getAttribute('data-layout')).toBe('side');
    await reader.close();

    const popup = await session.browser.openPopup(tabId);
    await readArticle(popup);
    const details = popup.locator('nav.ns-contents details');
    expect(await popup.locator('nav.ns-contents').getAttribute('data-layout')).toBe('list');
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await popup.locator('nav.ns-contents a').first().isVisible()).toBe(false);
    await popup.getByText('Contents', { exact: false }).first().click();
    expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await entries(popup)).toEqual(HEADINGS);
    await popup.locator('nav.ns-contents').scrollIntoViewIfNeeded();
    await popup.screenshot({ path: resolve(shots, 'contents-popup.png') });
    await popup.locator('nav.ns-contents a', { hasText: 'What comes next' }).click();
    await waitCurrent(popup, 'What comes next');
    await popup.close();
  });

  test('no contents for fewer than three headings (guardian-1 has two, nytimes-1 none)', async () => {
    for (const slug of ['guardian-1', 'nytimes-1']) {
      const { reader, tabId } = await openReader(session.server.corpusUrl(slug));
      // The contents code loads after the first paint: wait until it has read the headings.
      await reader.waitForFunction(() => performance.getEntriesByName('nutshell:contents-read').length > 0);
      const counted = await reader.evaluate(() => document.querySelectorAll('article.ns-body :is(h1,h2,h3,h4,h5,h6)').length);
      expect(counted).toBeLessThan(3);
      expect(await reader.locator('nav.ns-contents').count()).toBe(0);
      const popup = await session.browser.openPopup(tabId);
      await readArticle(popup);
      await popup.waitForFunction(() => performance.getEntriesByName('nutshell:contents-read').length > 0);
      expect(await popup.locator('nav.ns-contents').count()).toBe(0);
      await Promise.all([reader.close(), popup.close()]);
    }
  });
});

describe('reader keys and the ? help (Chromium)', () => {
  test('text size, theme, read aloud and contents keys; every open view follows; typing in a field is left alone', async () => {
    const { reader, tabId } = await openReader();
    const popup = await session.browser.openPopup(tabId);
    await readArticle(popup);
    // The keys and the contents load after the first paint.
    await reader.getByRole('button', { name: 'Keys (?)' }).waitFor();
    await reader.locator('nav.ns-contents').waitFor();
    await reader.locator('body').click({ position: { x: 5, y: 400 } });

    await reader.keyboard.press('+');
    expect((await settingsIn(reader)).scale).toBe('1.1');
    await popup.waitForFunction(() => document.documentElement.style.getPropertyValue('--ns-scale') === '1.1');
    await reader.keyboard.press('-');
    await reader.keyboard.press('-');
    expect((await settingsIn(reader)).scale).toBe('0.9');
    await reader.keyboard.press('=');
    expect((await settingsIn(reader)).scale).toBe('1');
    expect(await reader.locator('[role="status"]').filter({ hasText: 'Text size 100%' }).count()).toBe(1);

    expect((await settingsIn(reader)).theme).toBe('system');
    await reader.keyboard.press('t');
    expect((await settingsIn(reader)).theme).toBe('light');
    await reader.keyboard.press('t');
    expect((await settingsIn(reader)).theme).toBe('dark');
    expect(await reader.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(hexToRgb(PALETTES.dark.paper));
    await popup.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
    await expect.poll(async () => (await session.browser.inExtension((chrome) => chrome.storage.sync.get('settings'))).settings)
      .toMatchObject({ theme: 'dark', textSize: 100 });

    // Read aloud is its own feature: the key only announces the toggle on document.
    await reader.evaluate(() => {
      (window as unknown as { toggles: number }).toggles = 0;
      document.addEventListener('nutshell:read-aloud-toggle', () => (window as unknown as { toggles: number }).toggles++);
    });
    await reader.keyboard.press('r');
    expect(await reader.evaluate(() => (window as unknown as { toggles: number }).toggles)).toBe(1);

    // C goes to the contents list (its current entry, or the first); C again closes it.
    await reader.keyboard.press('c');
    expect(await reader.evaluate(() => document.activeElement?.closest('nav.ns-contents') !== null && document.activeElement?.localName === 'a')).toBe(true);
    await reader.keyboard.press('c');
    expect(await reader.locator('nav.ns-contents details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await reader.evaluate(() => document.activeElement?.localName)).toBe('summary');
    await reader.keyboard.press('c');
    expect(await reader.locator('nav.ns-contents details').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);

    // Keys typed into a form control belong to it.
    await reader.getByText('Reading settings').click();
    await reader.locator('#ns-set-font').focus();
    await reader.keyboard.press('t');
    await reader.keyboard.press('+');
    expect(await settingsIn(reader)).toEqual({ theme: 'dark', scale: '1' });
    // With Ctrl, + is the browser's zoom, not ours.
    await reader.locator('body').click({ position: { x: 5, y: 400 } });
    await reader.keyboard.press('Control+=');
    expect((await settingsIn(reader)).scale).toBe('1');
    await session.browser.inExtension((chrome) => chrome.storage.sync.set({ settings: { theme: 'system' } }));
    await Promise.all([reader.close(), popup.close()]);
  });

  test('? opens a modal help that lists the keys, holds the focus, and Escape closes it back where focus was', async () => {
    const { reader } = await openReader();
    const button = reader.getByRole('button', { name: 'Keys (?)' });
    await button.focus();
    await reader.keyboard.press('?');
    const dialog = reader.locator('dialog.ns-keys-help');
    const state = () => dialog.evaluate((d) => ({ open: (d as HTMLDialogElement).open, modal: d.matches(':modal'), focusInside: d.contains(document.activeElement) }));
    expect(await state()).toEqual({ open: true, modal: true, focusInside: true });
    expect(await reader.getByRole('dialog', { name: 'Keyboard shortcuts' }).count()).toBe(1);
    expect(await dialog.locator('kbd').allTextContents()).toEqual(['+', '-', 'T', 'R', 'C', '?', 'Esc']);
    expect(await dialog.locator('dd').allTextContents()).toContain('Read aloud: start or pause');
    // Modal: a key for the page does nothing while the help is open.
    await reader.keyboard.press('t');
    expect((await settingsIn(reader)).theme).toBe('system');
    await reader.screenshot({ path: resolve(shots, 'contents-help.png') });
    await reader.keyboard.press('Escape');
    expect((await state()).open).toBe(false);
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
    // The toolbar button opens it too, and its Close button closes it.
    await button.click();
    expect((await state()).open).toBe(true);
    await reader.getByRole('button', { name: 'Close', exact: true }).click();
    expect((await state()).open).toBe(false);
    await reader.close();
  });
});

describe('accessibility of the new UI (axe-core in the page)', () => {
  test('no serious or critical violation with the help open (reader) or the contents open (popup), light and dark', async () => {
    const { reader, tabId } = await openReader();
    const popup = await session.browser.openPopup(tabId);
    await readArticle(popup);
    await popup.locator('nav.ns-contents summary').click();
    await reader.getByRole('button', { name: 'Keys (?)' }).waitFor();
    await reader.keyboard.press('?');
    for (const theme of ['light', 'dark']) {
      await session.browser.inExtension((chrome, t) => chrome.storage.sync.set({ settings: { theme: t } }), theme);
      for (const page of [reader, popup]) {
        await page.waitForFunction((t) => document.documentElement.dataset.theme === t, theme);
        await page.evaluate(axeSource);
        const serious = await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
          const { violations } = await axe.run(document);
          return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        });
        expect(serious, `${theme} ${page === reader ? 'reader' : 'popup'}`).toEqual([]);
        if (theme === 'dark') await page.screenshot({ path: resolve(shots, `contents-${page === reader ? 'help' : 'popup'}-dark.png`) });
      }
    }
    expect(await reader.locator('dialog.ns-keys-help').evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    await session.browser.inExtension((chrome) => chrome.storage.sync.set({ settings: { theme: 'system' } }));
    await Promise.all([reader.close(), popup.close()]);
  });
});

describe('print (Chromium, emulated print media)', () => {
  test('the article with its takeaways, black on white, no Nutshell UI, code wrapping, images fitting', async () => {
    const { reader } = await openReader();
    await session.browser.inExtension((chrome) => chrome.storage.sync.set({ settings: { theme: 'dark', lineFocus: true } }));
    await reader.waitForFunction(() => document.documentElement.dataset.theme === 'dark' && !!document.querySelector('.ns-ruler'));
    await reader.emulateMedia({ media: 'print' });
    const printed = await reader.evaluate(() => {
      const shown = (sel: string) => [...document.querySelectorAll(sel)].some((el) => getComputedStyle(el).display !== 'none' && el.getClientRects().length > 0);
      const pre = document.querySelector('article.ns-body pre')!;
      const body = document.querySelector('article.ns-body')!;
      const widest = Math.max(...[...body.querySelectorAll('img, svg, pre, table')].map((el) => el.getBoundingClientRect().right));
      return {
        toolbar: shown('.ns-toolbar'), settings: shown('.ns-settings'), contents: shown('nav.ns-contents'), ruler: shown('.ns-ruler'),
        buttons: shown('main button'), title: shown('header.ns-head h1'), takeaways: shown('section[aria-label="Key takeaways"] li'), body: shown('article.ns-body p'),
        background: getComputedStyle(document.body).backgroundColor, ink: getComputedStyle(body).color,
        preWrap: getComputedStyle(pre).whiteSpace, math: getComputedStyle(body.querySelector('math[display="block"]')!).display, fits: widest <= body.getBoundingClientRect().right + 1,
      };
    });
    expect(printed).toEqual({
      toolbar: false, settings: false, contents: false, ruler: false, buttons: false, title: true, takeaways: true, body: true,
      background: 'rgb(255, 255, 255)', ink: 'rgb(0, 0, 0)', preWrap: 'pre-wrap', math: 'block math', fits: true,
    });
    await reader.screenshot({ path: resolve(shots, 'contents-print.png'), fullPage: true });
    await reader.emulateMedia({ media: 'screen' });
    expect(await reader.locator('.ns-toolbar').isVisible()).toBe(true);
    await session.browser.inExtension((chrome) => chrome.storage.sync.set({ settings: { theme: 'system' } }));
    await reader.close();
  });
});

function hexToRgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}
