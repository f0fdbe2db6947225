// Articles split over several pages, in real Chromium: the reader offers "Load next page (2 of 3)",
// the injected extractor fetches each page from the page's own origin (served here on 127.0.0.1),
// the following pages are appended once with what was already shown dropped, and the control goes
// at the end. A "next" link to another origin is never offered. Fixtures: tests/fixtures/multipage/.
import { readFileSync } from 'node:fs';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './lib/chromium';
import { projectRoot } from './lib/server';
import { screenshot, settledState } from './lib/ui';

const dir = resolve(projectRoot, 'tests/fixtures/multipage');
const ROUTES: Record<string, string> = {
  '/multipage/the-tide-ledger/': 'page-1.html',
  '/multipage/the-tide-ledger/2/': 'page-2.html',
  '/multipage/the-tide-ledger/3/': 'page-3.html',
  '/multipage/cross/': 'cross-origin.html',
};
const STANDFIRST = "A town's handwritten record of the tides, kept for 177 years, is being copied line by line.";
const NEWSLETTER = 'Get the Coast Weekly newsletter every Friday: sign up on our website.';
const FIRST_OF = [
  'The harbour town of Kellmouth has kept a tide ledger since 1791',
  'By the second winter of the project the volunteers had finished',
  'The last volume on the shelf ends in 1968',
];

const ACCENTED = 'By the second winter of the project the volunteers, café regulars and déjà retired, had finished';

/**
 * The same article under /multipage/the-latin-ledger/, page 2 in windows-1252 declared only by its <meta> (no
 * charset in the header): Response.text() would read it as UTF-8 and lose every accent.
 */
function serveLatin(path: string, res: ServerResponse): void {
  const file = path === '/multipage/the-latin-ledger/' ? 'page-1.html' : path === '/multipage/the-latin-ledger/2/' ? 'page-2.html' : null;
  if (!file) return void res.writeHead(404).end();
  let html = readFileSync(resolve(dir, file), 'utf8').replaceAll('/multipage/the-tide-ledger/', '/multipage/the-latin-ledger/');
  if (file === 'page-1.html') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
  html = html.replace('<meta charset="utf-8">', '<meta charset="windows-1252">').replace(FIRST_OF[1]!, ACCENTED);
  // One byte per character (Latin-1 is windows-1252 for these); anything else becomes "?".
  res.writeHead(200, { 'content-type': 'text/html' }).end(Buffer.from([...html].map((c) => (c.charCodeAt(0) < 256 ? c.charCodeAt(0) : 63))));
}

let browser: ExtensionBrowser;
let server: Server;
let origin: string;
const hits = new Map<string, number>();

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0]!;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    if (path.startsWith('/multipage/the-latin-ledger/')) return serveLatin(path, res);
    const file = ROUTES[path];
    res.writeHead(file ? 200 : 404, { 'content-type': file ? 'text/html; charset=utf-8' : 'text/plain', 'cache-control': 'no-store' });
    res.end(file ? readFileSync(resolve(dir, file)) : 'not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchWithExtension();
}, 90_000);
afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((ok) => server?.close(ok));
});
beforeEach(() => hits.clear());

const count = (text: string, part: string) => text.split(part).length - 1;
/** The article's pages as shown (not the takeaways above them, which quote the article). */
const mainText = (page: Page) =>
  page.evaluate(() => [...document.querySelectorAll('article.ns-body, section.ns-next-page')].map((el) => el.textContent).join('\n'));
const control = (page: Page) => page.locator('.ns-next-page-control button');

async function openReader(path: string): Promise<Page> {
  const { page: tab, tabId } = await browser.openTab(`${origin}${path}`);
  await tab.waitForLoadState('load');
  const reader = await browser.openReader(tabId);
  expect(await settledState(reader)).toBe('ready');
  return reader;
}

describe('articles split over several pages (Chromium)', () => {
  test('"Load next page (2 of 3)" appends page 2, then page 3, each once, and the control goes at the end', async () => {
    const reader = await openReader('/multipage/the-tide-ledger/');
    const errors: string[] = [];
    reader.on('pageerror', (e) => errors.push(String(e)));
    await expect.poll(() => control(reader).textContent()).toBe('Load next page (2 of 3)');
    expect(await reader.locator('section.ns-next-page').count()).toBe(0);
    expect(hits.get('/multipage/the-tide-ledger/2/') ?? 0).toBe(0); // on request: nothing fetched yet

    await control(reader).click();
    await reader.locator('section.ns-next-page[data-page="2"]').waitFor();
    await expect.poll(() => control(reader).textContent()).toBe('Load next page (3 of 3)');
    await control(reader).click();
    await reader.locator('section.ns-next-page[data-page="3"]').waitFor();
    await reader.locator('.ns-next-page-control').waitFor({ state: 'detached' });

    const text = await mainText(reader);
    for (const first of FIRST_OF) expect(count(text, first)).toBe(1);
    // Every page repeats the standfirst and the newsletter line: shown once, on page 1.
    expect(count(text, STANDFIRST)).toBe(1);
    expect(count(text, NEWSLETTER)).toBe(1);
    expect(await reader.locator('article.ns-body').textContent()).toContain(FIRST_OF[0]);
    expect(await reader.locator('section[data-page="2"]').textContent()).toContain(FIRST_OF[1]);
    expect(await reader.locator('section[data-page="3"]').textContent()).toContain(FIRST_OF[2]);
    // "Next story ›" on page 3 is another article: not followed.
    expect(hits.get('/multipage/the-lighthouse-logs/') ?? 0).toBe(0);
    expect(hits.get('/multipage/the-tide-ledger/2/')).toBe(1);
    expect(hits.get('/multipage/the-tide-ledger/3/')).toBe(1);
    expect(errors).toEqual([]);
    await screenshot(reader, 'next-page-3-of-3');

    // Saved, the article keeps every page the reader appended, each page once.
    await reader.getByRole('button', { name: 'Save takeaways' }).click();
    await reader.getByRole('button', { name: 'Saved' }).waitFor({ timeout: 10_000 });
    const stored = await browser.storage();
    const bodies = Object.entries(stored).filter(([key]) => key.startsWith('body:'));
    expect(bodies).toHaveLength(1);
    const saved = (bodies[0]![1] as { html: string }).html;
    for (const first of FIRST_OF) expect(count(saved, first)).toBe(1);
    expect(count(saved, STANDFIRST)).toBe(1);
    expect(saved).toContain('Page 3');
    await browser.inExtension((chrome) => chrome.storage.local.clear());
    await reader.close();
  });

  test('a "next" link to another origin is ignored: no control, nothing fetched', async () => {
    const reader = await openReader('/multipage/cross/');
    expect(await reader.locator('article.ns-body').textContent()).toContain(FIRST_OF[0]);
    expect(await reader.locator('.ns-next-page-control').count()).toBe(0);
    expect([...hits.keys()]).toEqual(['/multipage/cross/']);
    await reader.close();
  });

  test('a following page in windows-1252, declared by its <meta> only, keeps its accents', async () => {
    const reader = await openReader('/multipage/the-latin-ledger/');
    await control(reader).click();
    const second = reader.locator('section.ns-next-page[data-page="2"]');
    await second.waitFor();
    expect(await second.textContent()).toContain(ACCENTED);
    await reader.close();
  });

  test('with "load automatically" on, the reader appends every following page by itself', async () => {
    await browser.inExtension((chrome) => chrome.storage.sync.set({ settings: { autoNextPage: true } }));
    try {
      const reader = await openReader('/multipage/the-tide-ledger/');
      await reader.locator('section.ns-next-page[data-page="3"]').waitFor();
      await reader.locator('.ns-next-page-control').waitFor({ state: 'detached' });
      const text = await mainText(reader);
      for (const first of FIRST_OF) expect(count(text, first)).toBe(1);
      expect(count(text, STANDFIRST)).toBe(1);
      await reader.close();
    } finally {
      await browser.inExtension((chrome) => chrome.storage.sync.remove('settings'));
    }
  });
});
