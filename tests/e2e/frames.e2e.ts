// Pages whose article sits in a frame, in real Chromium: a same-origin iframe or frameset gives
// the frame's article; a frame from another origin (frames.test, mapped to the same local server:
// another host is another origin) gives a clear message naming that site; a small cross-origin
// frame beside no article is not blamed.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './lib/chromium';
import { settledState } from './lib/ui';

const OTHER = 'frames.test';
const para = (n: number) => `<p>Paragraph ${n}: the lock keepers on the old canal logged every boat that passed through the flight of locks last summer, and their notebooks now show how the traffic moved from working barges to holiday boats over a single decade.</p>`;
const ARTICLE = `<!doctype html><html lang="en"><head><title>The lock keepers' notebooks</title></head><body><article><h1>The lock keepers' notebooks</h1>${[1, 2, 3, 4, 5, 6].map(para).join('')}</article></body></html>`;
const shell = (inner: string) => `<!doctype html><html lang="en"><head><title>Canal News</title><style>body{margin:0}iframe{border:0;width:100%;height:92vh;display:block}</style></head><body><header>Canal News</header>${inner}</body></html>`;

let server: Server;
let browser: ExtensionBrowser;
let origin = '';
let other = '';

beforeAll(async () => {
  server = createServer((req, res) => {
    const pages: Record<string, string> = {
      '/article': ARTICLE,
      '/nav': '<!doctype html><title>nav</title><a href="/">Home</a>',
      '/iframe': shell('<iframe src="/article" title="story"></iframe>'),
      '/frameset': '<!doctype html><html><head><title>Canal News</title></head><frameset rows="60,*"><frame src="/nav"><frame src="/article"></frameset></html>',
      '/nested': shell('<iframe src="/frameset" title="story"></iframe>'),
      '/cross': shell(`<iframe src="${other}/article" title="story"></iframe>`),
      '/small-ad': shell(`<p>Short.</p><iframe src="${other}/nav" style="width:300px;height:100px"></iframe>`),
    };
    const body = pages[req.url ?? ''];
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  origin = `http://127.0.0.1:${port}`;
  other = `http://${OTHER}:${port}`;
  browser = await launchWithExtension({ args: [`--host-resolver-rules=MAP ${OTHER} 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`] });
}, 90_000);
afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((ok) => server?.close(ok));
});

async function popupOn(path: string) {
  const { page, tabId } = await browser.openTab(`${origin}${path}`);
  await page.waitForLoadState('load');
  const ui = await browser.openPopup(tabId);
  const state = await settledState(ui, 60_000);
  const seen = await ui.evaluate(() => ({
    title: document.querySelector('h1')?.textContent ?? '',
    text: document.querySelector('article.ns-body')?.textContent ?? '',
    message: document.querySelector('main')?.textContent ?? '',
  }));
  await Promise.all([ui.close(), page.close()]);
  return { state, ...seen };
}

describe('articles in frames (Chromium)', () => {
  for (const path of ['/iframe', '/frameset', '/nested']) {
    test(`${path}: the same-origin frame's article`, async () => {
      const seen = await popupOn(path);
      expect(seen.state).toBe('ready');
      expect(seen.title).toBe("The lock keepers' notebooks");
      expect(seen.text).toContain('Paragraph 6: the lock keepers');
    });
  }

  test('/cross: a frame from another origin gives a message naming its site', async () => {
    const seen = await popupOn('/cross');
    expect(seen.state).toBe('error');
    expect(seen.message).toContain(`The article is in a frame from ${new URL(other).host}; open it on its own to read it.`);
  });

  test('/small-ad: a small frame beside no article is not blamed', async () => {
    const seen = await popupOn('/small-ad');
    expect(seen.state).toBe('error');
    expect(seen.message).not.toContain('frame');
  });
});
