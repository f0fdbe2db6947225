// The SHIPPED build (dist/chrome: activeTab, scripting, storage; no host permissions) driven the
// way a user drives it: real key presses in headed Chromium under Xvfb. This is the only test that
// exercises activeTab for real — without the key press the extension can't read the page at all.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, shippedBuild, type ExtensionBrowser } from './lib/chromium';
import { startServer, type TestServer } from './lib/server';
import { findTarget, type CdpTarget } from './lib/cdp-target';
import { collectArticle, readArticle, readError, screenshot, screenshotDir, type RenderedArticle } from './lib/ui';
import { startXvfb, type Xvfb } from './lib/xvfb';
import { stopServiceWorkers } from './lib/service-worker';

const SLUG = 'firefox-nightly-blog';
const TITLE = 'These Weeks in Firefox';

let server: TestServer;
let xvfb: Xvfb;
let browser: ExtensionBrowser;
let popup: CdpTarget | undefined;
let article: Page;
let articleTabId: number;

beforeAll(async () => {
  server = await startServer();
  xvfb = await startXvfb();
  browser = await launchWithExtension({
    dist: shippedBuild,
    headless: false,
    env: { DISPLAY: xvfb.display },
    // A debugging port besides Playwright's pipe: the real popup is only reachable through it.
    args: ['--remote-debugging-port=0', '--window-size=1280,900', '--window-position=0,0'],
  });
  article = browser.context.pages()[0] ?? (await browser.context.newPage());
  await article.goto(server.corpusUrl(SLUG), { waitUntil: 'domcontentloaded' });
  await article.bringToFront();
  // No host permission: the tab's URL is hidden from us, but it is the active one.
  const [active] = await browser.inExtension((chrome) => chrome.tabs.query({ active: true, lastFocusedWindow: true }));
  articleTabId = active!.id!;
});

afterAll(async () => {
  await popup?.close();
  await browser?.close();
  await xvfb?.stop();
  await server?.close();
});

/** Focus the article's browser window at the X level and press a real key chord. */
async function pressInArticleWindow(chord: string) {
  await article.bringToFront();
  const windows = (await xvfb.xdotool('search', '--sync', '--onlyvisible', '--name', TITLE)).split('\n');
  const win = windows[0]!;
  await xvfb.xdotool('windowfocus', '--sync', win);
  await xvfb.xdotool('key', '--clearmodifiers', chord);
}

async function shortcutOf(name: string): Promise<string> {
  const commands = await browser.inExtension((chrome) => chrome.commands.getAll());
  const shortcut = commands.find((c) => c.name === name)?.shortcut;
  if (!shortcut) throw new Error(`command ${name} has no shortcut assigned`);
  return shortcut;
}

/** Chromium's suggested key "Alt+Shift+Y" → xdotool's "alt+shift+y". */
const toChord = (shortcut: string) => shortcut.toLowerCase().replace(/\s/g, '');

describe('shipped build, real keyboard shortcuts', () => {
  test('the shipped manifest asks for the README\'s permissions and no host access', () => {
    const manifest = JSON.parse(readFileSync(join(shippedBuild, 'manifest.json'), 'utf8'));
    // activeTab + scripting + storage, plus the two the README gives a reason for (the library).
    expect([...manifest.permissions].sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toBeUndefined();
  });

  test('both commands have a shortcut assigned (Chromium drops conflicting ones silently)', async () => {
    const commands = await browser.inExtension((chrome) => chrome.commands.getAll());
    const byName = Object.fromEntries(commands.map((c) => [c.name, c.shortcut ?? '']));
    console.log('assigned shortcuts:', JSON.stringify(byName));
    expect(byName['_execute_action']).toBe('Alt+Shift+K');
    expect(byName['open-reader']).toBe('Alt+Shift+Y');
  });

  test('without a key press the shipped build cannot read the page (no host permission)', async () => {
    // A tab of its own that no key was ever pressed in, so this holds whichever test ran before
    // (activeTab, once granted by a shortcut, stays granted for that tab).
    const untouched = await browser.context.newPage();
    await untouched.goto(server.corpusUrl('nytimes-1'), { waitUntil: 'domcontentloaded' });
    await untouched.bringToFront();
    const [active] = await browser.inExtension((chrome) => chrome.tabs.query({ active: true, lastFocusedWindow: true }));
    expect(active!.id).not.toBe(articleTabId);
    const reader = await browser.context.newPage();
    await reader.goto(`chrome-extension://${browser.extensionId}/reader.html?tabId=${active!.id}`);
    const error = await readError(reader);
    expect(error.kind).toBe('restricted');
    await Promise.all([reader.close(), untouched.close()]);
  });

  test('open-reader shortcut opens a reader tab next to the page and renders the article', async () => {
    const shortcut = await shortcutOf('open-reader');
    const opened = browser.context.waitForEvent('page', { predicate: (p) => p.url().includes('/reader.html'), timeout: 20_000 });
    await pressInArticleWindow(toChord(shortcut));
    const reader = await opened;
    expect(reader.url()).toBe(`chrome-extension://${browser.extensionId}/reader.html?tabId=${articleTabId}`);
    const rendered = await readArticle(reader);
    expect(rendered.title).toContain(TITLE);
    expect(rendered.takeaways.source).toBe('page');
    expect(rendered.bodyText).toContain('Amy Churchwell');
    // Opened right after the article's tab, in the same window.
    const tabs = await browser.inExtension((chrome, id) => chrome.tabs.query({}).then((all) => ({ all, id })), articleTabId);
    const source = tabs.all.find((t) => t.id === tabs.id)!;
    const readerTab = tabs.all.find((t) => t.index === source.index + 1 && t.windowId === source.windowId);
    expect(readerTab?.url ?? readerTab?.pendingUrl).toContain('/reader.html');
    await reader.setViewportSize({ width: 1280, height: 900 });
    await screenshot(reader, 'shortcut-reader');
    await reader.close();
  });

  test('with the service worker stopped, the open-reader shortcut wakes it and the reader renders', async () => {
    // MV3 stops an idle worker; a command is one of the events that must start it again.
    // Asked first: shortcutOf runs in the worker and would wake it.
    const chord = toChord(await shortcutOf('open-reader'));
    await stopServiceWorkers(browser);
    const opened = browser.context.waitForEvent('page', { predicate: (p) => p.url().includes('/reader.html'), timeout: 20_000 });
    await pressInArticleWindow(chord);
    const reader = await opened;
    const rendered = await readArticle(reader);
    expect(rendered.title).toContain(TITLE);
    expect(rendered.takeaways.source).toBe('page');
    await reader.close();
  });

  test('_execute_action shortcut opens the real popup, which renders the article', async () => {
    const port = Number(readFileSync(join(browser.userDataDir, 'DevToolsActivePort'), 'utf8').split('\n')[0]);
    await pressInArticleWindow(toChord(await shortcutOf('_execute_action')));
    popup = await findTarget(port, `chrome-extension://${browser.extensionId}/popup.html`);
    // The popup has no tabId: it reads the active tab, which the key press just granted it.
    const state = () => popup!.evaluate<string | null>(`document.querySelector('main')?.dataset.state ?? null`);
    await expect.poll(state, { timeout: 30_000 }).toMatch(/ready|error/);
    const rendered = await popup.evaluate<RenderedArticle>(`(${collectArticle})()`);
    await popup.screenshot(join(screenshotDir, 'shortcut-real-popup.png'));
    expect(await state()).toBe('ready');
    expect(rendered.title).toContain(TITLE);
    expect(rendered.takeaways.source).toBe('page');
    expect(rendered.takeaways.items).toHaveLength(9);
  });
});
