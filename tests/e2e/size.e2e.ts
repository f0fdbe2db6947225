// Behaviour under size and what stays behind (issue 13): a 100,000-element page ends in a clear
// "too large" message without blocking the page; after an extraction the page's own world sees
// no Nutshell globals or listeners; every path works with the service worker stopped (MV3 may
// stop it at any time).
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './lib/chromium';
import { startServer, type TestServer } from './lib/server';
import { CORPUS, HAS_CORPUS, VENDORED_PAGES } from '../helpers/corpus';
import { readArticle, readError, screenshot, settledState } from './lib/ui';
import { stopServiceWorkers } from './lib/service-worker';

/** 100,000 elements: 20,000 rows of 5 (div, span, b, i, a) under a short real article. */
function hundredThousand(): string {
  const rows = Array.from({ length: 20_000 }, (_, i) => `<div><span><b>${i}</b></span><i>cell</i><a href="#r${i}">r</a></div>`);
  const para = '<p>The town council of Little Harwick met on Tuesday evening to discuss the new bus timetable, which residents say leaves the northern villages without a service after seven.</p>';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A very large page</title></head><body><article><h1>Big</h1>${para.repeat(5)}</article>${rows.join('')}</body></html>`;
}

// The bound documented in README ("Very large pages"): the message shows within 10 s even on
// this loaded 2-core machine; refusing is one element count, so it does not grow with the page.
const TOO_LARGE_BOUND_MS = 10_000;

let server: TestServer;
let browser: ExtensionBrowser;
beforeAll(async () => {
  server = await startServer({ '/pages/hundred-thousand': hundredThousand() }, HAS_CORPUS ? CORPUS : VENDORED_PAGES);
  browser = await launchWithExtension({ args: ['--remote-debugging-port=0'] });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Long tasks in the page's own world from now on (no buffered entries: the page's own load is not ours). */
async function watchLongTasks(page: Page): Promise<() => Promise<number[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { __testLongTasks: number[] };
    w.__testLongTasks = [];
    new PerformanceObserver((list) => w.__testLongTasks.push(...list.getEntries().map((e) => e.duration))).observe({ type: 'longtask' });
  });
  return () => page.evaluate(() => (window as unknown as { __testLongTasks: number[] }).__testLongTasks);
}

describe('size', () => {
  test('a 100,000-element page: progress at once, then "too large" within the bound', async () => {
    const { page, tabId } = await browser.openTab(`${new URL(server.corpusUrl('x')).origin}/pages/hundred-thousand`);
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThanOrEqual(100_000);
    const longTasks = await watchLongTasks(page);
    const popup = await browser.context.newPage();
    const started = Date.now();
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
    // Progress first: the loading view is what the popup paints before the page answers.
    expect(await popup.locator('main[data-state]').first().getAttribute('data-state')).toMatch(/loading|error/);
    expect(await settledState(popup, TOO_LARGE_BOUND_MS)).toBe('error');
    console.log(`100k-element page: too-large shown after ${Date.now() - started} ms`);
    const error = await readError(popup);
    expect(error.kind).toBe('too-large');
    expect(error.message).toMatch(/100,0\d\d elements/);
    await screenshot(popup, 'popup-100k');
    const tasks = await longTasks();
    // Reported, not asserted: Chromium's long-task observer in the page's world does not see tasks
    // run by the extension's isolated world (wikipedia-2's long parse reports nothing either), so
    // an empty list here proves nothing. Refusing costs one element count.
    console.log(`100k-element page: long tasks seen by the page's observer: ${JSON.stringify(tasks.map(Math.round))}`);
    await popup.close();
    await page.close();
  });

  // wikipedia-2 (~9,900 elements) is the largest page of the shared corpus; it is not vendored.
  test.skipIf(!HAS_CORPUS)('the largest corpus page (wikipedia-2) renders, the first screen first and the rest after', async () => {
    const { page, tabId } = await browser.openTab(server.corpusUrl('wikipedia-2'));
    const longTasks = await watchLongTasks(page);
    const popup = await browser.openPopup(tabId);
    expect(await settledState(popup, 60_000)).toBe('ready');
    expect((await readArticle(popup)).bodyText.length).toBeGreaterThan(10_000);
    // Long bodies render the first screen first; the rest follows within a second (on this machine, loaded).
    const shown = Date.now();
    await popup.locator('article.ns-body[data-rest="done"]').waitFor({ timeout: 60_000 });
    console.log(`wikipedia-2: the rest of the body ${Date.now() - shown} ms after the first screen was in`);
    const tasks = await longTasks();
    // Reported, not asserted (see above: the observer does not see the isolated world's tasks).
    console.log(`wikipedia-2: long tasks seen by the page's observer: ${JSON.stringify(tasks.map(Math.round))}`);
    await popup.close();
    await page.close();
  });
});

/** Everything the page's main world can see of itself: own globals, and listeners on window and document. */
async function pageWorld(page: Page, cdp: CDPSession): Promise<{ globals: string[]; listeners: string[] }> {
  const globals = await page.evaluate(() => Object.getOwnPropertyNames(window).sort());
  const listeners: string[] = [];
  for (const target of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: target });
    const { listeners: found } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId! });
    listeners.push(...found.map((l) => `${target}:${l.type}:${l.scriptId}:${l.lineNumber}`));
  }
  return { globals, listeners: listeners.sort() };
}

describe('what stays behind', () => {
  test('after an extraction the page sees no Nutshell globals or listeners', async () => {
    const { page, tabId } = await browser.openTab(server.corpusUrl('nytimes-5')); // lang="es": the extractor and content/stopwords/spa.js go in
    const cdp = await browser.context.newCDPSession(page);
    const before = await pageWorld(page, cdp);
    const popup = await browser.openPopup(tabId);
    expect(await settledState(popup)).toBe('ready');
    const after = await pageWorld(page, cdp);
    expect(after.globals).toEqual(before.globals);
    expect(after.globals.filter((g) => /nutshell/i.test(g))).toEqual([]);
    expect(after.listeners).toEqual(before.listeners);
    await popup.close();
    await page.close();
  });
});

describe('the service worker stopped (MV3 may stop it at any time)', () => {
  test('extraction and saving work while it is stopped', async () => {
    const { page, tabId } = await browser.openTab(server.corpusUrl('nytimes-1'));
    await stopServiceWorkers(browser);
    const popup = await browser.openPopup(tabId);
    expect(await settledState(popup)).toBe('ready');
    expect((await readArticle(popup)).title.length).toBeGreaterThan(5);
    await popup.getByRole('button', { name: /^Save/ }).first().click();
    await popup.getByText(/Saved/).first().waitFor({ timeout: 10_000 });
    // Read back from the popup itself: the worker may still be stopped.
    const saved = (await popup.evaluate(() => (globalThis as unknown as { chrome: { storage: { local: { get(k: null): Promise<object> } } } }).chrome.storage.local.get(null))) as Record<string, unknown>;
    expect(Object.keys(saved).some((k) => k.startsWith('saved:') && k.includes('nytimes-1'))).toBe(true);
    await popup.close();
    await page.close();
  });
});

