// The UI in the browser's language, end to end: headless Chromium takes it from --lang, Firefox
// from intl.locale.requested (with Debian's firefox-esr-l10n-de language pack, which set-up
// installs). Each locale's strings are read from the built _locales, so the test checks that the
// page shows THAT file's words, not that it matches a copy kept here. Under Arabic the pages lay
// out right to left while an English article keeps its own direction. Screenshots of the German
// and Arabic popup and reader go to $NUTSHELL_SCREENS (out/screenshots otherwise) for looking at.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Firefox } from './lib/bidi';
import { launchFirefoxWithExtension } from './lib/firefox-pages';
import { launchWithExtension, testBuild, type ExtensionBrowser } from './lib/chromium';
import { projectRoot, startServer, type TestServer } from './lib/server';
import { screenshotDir, settledState } from './lib/ui';

type Messages = Record<string, { message: string }>;
const messagesOf = (dist: string, lang: string) =>
  JSON.parse(readFileSync(join(dist, '_locales', lang, 'messages.json'), 'utf8')) as Messages;
const shots = process.env.NUTSHELL_SCREENS ?? screenshotDir;

/** What a page shows in the UI's words, read in the page. */
const readUi = () => ({
  lang: document.documentElement.lang,
  dir: document.documentElement.dir,
  direction: getComputedStyle(document.body).direction,
  box: document.querySelector('section.ns-takeaways')?.getAttribute('aria-label') ?? null,
  heading: document.querySelector('.ns-takeaways h2')?.textContent ?? null,
  meta: document.querySelector('.ns-meta')?.textContent ?? '',
  buttons: [...document.querySelectorAll('button, summary')].map((b) => b.textContent?.trim() ?? ''),
  bodyDirection: (() => {
    const body = document.querySelector('article.ns-body');
    return body ? getComputedStyle(body).direction : null;
  })(),
});

describe('Chromium: the UI follows --lang', () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer();
    mkdirSync(shots, { recursive: true });
  });
  afterAll(async () => server?.close());

  async function withLang<T>(lang: string, run: (b: ExtensionBrowser) => Promise<T>): Promise<T> {
    const b = await launchWithExtension({ args: [`--lang=${lang}`] });
    try {
      return await run(b);
    } finally {
      await b.close();
    }
  }

  it.each(['de', 'fr', 'es'])('%s: popup and reader speak the locale, left to right', async (lang) => {
    const m = messagesOf(testBuild, lang);
    await withLang(lang, async (b) => {
      const { tabId } = await b.openTab(server.fixtureUrl);
      for (const [name, page] of [['popup', await b.openPopup(tabId)], ['reader', await b.openReader(tabId)]] as const) {
        expect(await settledState(page)).toBe('ready');
        // The settings control renders once the stored settings are read, which can be after
        // 'ready' on a loaded machine (a CI run with two suites at once missed it): wait for it.
        const settings = m.settingsTitle!.message;
        await page.waitForFunction((label) => [...document.querySelectorAll('button, summary')].some((b) => b.textContent?.trim() === label), settings, { timeout: 5000 }).catch(() => undefined);
        const ui = await page.evaluate(readUi);
        expect([ui.lang, ui.dir, ui.direction]).toEqual([lang, 'ltr', 'ltr']);
        expect([ui.box, ui.heading]).toEqual([m.keyTakeaways!.message, m.keyTakeaways!.message]);
        expect(ui.buttons).toEqual(expect.arrayContaining([m.saveButton!.message, m.settingsTitle!.message, m.editTakeaways!.message]));
        // "N min read" in the locale's words, with the number where the locale puts it.
        const [before, after] = m.readingTimeOther!.message.split('$1');
        expect(ui.meta).toMatch(new RegExp(`${escape(before!)}\\d+${escape(after!)}`));
        if (lang === 'de') {
          await page.evaluate(() => document.fonts.ready);
          await page.screenshot({ path: resolve(shots, `de-${name}.png`) });
          // The longest German words are in the settings panel: open it for a look too.
          await page.locator('.ns-settings > summary').click();
          await page.screenshot({ path: resolve(shots, `de-${name}-settings.png`) });
        }
        await page.close();
      }
      const library = await b.context.newPage();
      await library.goto(`chrome-extension://${b.extensionId}/library.html`);
      await library.locator('main[data-state="ready"]').waitFor();
      expect(await library.locator('h1').textContent()).toBe(m.libraryTitle!.message);
      if (lang === 'de') await library.screenshot({ path: resolve(shots, 'de-library.png') });
      // The empty library's help names the Save button in bold, inside the locale's own sentence.
      const help = library.locator('.ns-library-empty p');
      expect(await help.textContent()).toBe(m.libraryEmptyHelp!.message.replace('$1', 'Alt+Shift+K').replace('$2', m.saveButton!.message));
      expect(await help.locator('strong').textContent()).toBe(m.saveButton!.message);
      // An empty library hides its search (nothing to search); its name is in the locale all the same.
      expect(await library.getByRole('searchbox', { includeHidden: true }).getAttribute('aria-label')).toBe(m.librarySearch!.message);
    });
  });

  it('ar: the pages lay out right to left; the English article keeps left to right', async () => {
    const m = messagesOf(testBuild, 'ar');
    await withLang('ar', async (b) => {
      const { tabId } = await b.openTab(server.fixtureUrl);
      for (const [name, page] of [['popup', await b.openPopup(tabId)], ['reader', await b.openReader(tabId)]] as const) {
        expect(await settledState(page)).toBe('ready');
        // The settings control renders once the stored settings are read, which can be after
        // 'ready' on a loaded machine (a CI run with two suites at once missed it): wait for it.
        const settings = m.settingsTitle!.message;
        await page.waitForFunction((label) => [...document.querySelectorAll('button, summary')].some((b) => b.textContent?.trim() === label), settings, { timeout: 5000 }).catch(() => undefined);
        const ui = await page.evaluate(readUi);
        expect([ui.lang, ui.dir, ui.direction, ui.box]).toEqual(['ar', 'rtl', 'rtl', m.keyTakeaways!.message]);
        expect(ui.bodyDirection).toBe('ltr');
        const layout = await page.evaluate(() => {
          const box = getComputedStyle(document.querySelector('section.ns-takeaways')!);
          const brand = document.querySelector('.ns-brand')!.getBoundingClientRect();
          const tools = document.querySelector('.ns-toolbar .ns-tools')!.getBoundingClientRect();
          return { right: box.borderRightWidth, left: box.borderLeftWidth, brandRightOfTools: brand.left > tools.right };
        });
        // The box's accent rule is on its start side, which is the right under RTL.
        expect(layout).toEqual({ right: '4px', left: '0px', brandRightOfTools: true });
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({ path: resolve(shots, `ar-${name}.png`) });
        await page.close();
      }
      const library = await b.context.newPage();
      await library.goto(`chrome-extension://${b.extensionId}/library.html`);
      await library.locator('main[data-state="ready"]').waitFor();
      expect(await library.evaluate(() => [document.documentElement.dir, getComputedStyle(document.querySelector('main')!).direction])).toEqual(['rtl', 'rtl']);
      expect(await library.locator('h1').textContent()).toBe(m.libraryTitle!.message);
    });
  });
});

describe('Firefox: the UI follows intl.locale.requested', () => {
  const dist = resolve(projectRoot, 'dist/firefox-test');
  let ff: Firefox | undefined;
  let server: TestServer | undefined;
  let base = ''; // moz-extension://<uuid>/

  beforeAll(async () => {
    const langpack = '/usr/lib/firefox-esr/browser/extensions/langpack-de@firefox-esr.mozilla.org.xpi';
    if (!existsSync(langpack)) throw new Error(`${langpack} is missing: scripts/setup.sh installs firefox-esr-l10n-de`);
    server = await startServer({ '/hop': '<!doctype html><title>hop</title><p>hop</p>' });
    ({ ff, base } = await launchFirefoxWithExtension(dist, { 'intl.locale.requested': 'de' }));
  }, 120_000);
  afterAll(async () => {
    await ff?.close();
    await server?.close();
  }, 30_000);

  /** A tab at `url`, loaded (BiDi waits are avoided for the reason firefox.e2e.ts gives). */
  async function tab(url: string): Promise<string> {
    const bidi = ff!.bidi;
    const { context } = await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
    await bidi.send('browsingContext.navigate', { context, url, wait: 'none' });
    await bidi.waitFor(context, `location.href === ${JSON.stringify(url)} && document.readyState === 'complete'`);
    return context;
  }

  it('de: popup and library in German', async () => {
    const bidi = ff!.bidi;
    const m = messagesOf(dist, 'de');
    await tab(server!.fixtureUrl);
    // BiDi cannot navigate to moz-extension:// itself: hop from a 127.0.0.1 page (see firefox.e2e.ts).
    const open = async (path: string) => {
      const context = await tab(`${server!.origin}/hop`);
      await bidi.evaluate(context, `(location.href = ${JSON.stringify(base + path)}, true)`);
      await bidi.waitFor(context, `['ready', 'error'].includes(document.querySelector('main')?.dataset.state)`, 30_000);
      return context;
    };
    const library = await open('library.html');
    const tabs = await bidi.evaluate<{ id: number; url?: string }[]>(library, `browser.tabs.query({}).then((ts) => ts.map((t) => ({ id: t.id, url: t.url })))`);
    const tabId = tabs.find((t) => t.url === server!.fixtureUrl)!.id;
    expect(await bidi.evaluate<string[]>(library, `[document.documentElement.lang, document.querySelector('h1').textContent]`)).toEqual(['de', m.libraryTitle!.message]);
    const popup = await open(`popup.html?tabId=${tabId}`);
    const ui = await bidi.evaluate<ReturnType<typeof readUi>>(popup, `(${readUi.toString()})()`);
    expect([ui.lang, ui.dir, ui.box]).toEqual(['de', 'ltr', m.keyTakeaways!.message]);
    expect(ui.buttons).toEqual(expect.arrayContaining([m.saveButton!.message, m.openReaderButton!.message]));
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
