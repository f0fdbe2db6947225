// "Load no remote content" in real Chromium: with it on, opening the popup or the reader on an
// article full of images, a <picture>, video and audio sends no request at all to the image
// host (evil.test, mapped to a local server that logs every request); the images show as
// placeholders with their alt text. With it off, the shown images load with no Referer, and video
// and audio wait for play (preload="none": no request either).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './lib/chromium';
import { settledState } from './lib/ui';

const HOST = 'media.test';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
const para = (n: number) => `<p>Paragraph ${n} of the harbour story: the volunteers counted boats at dawn, logged the tide and compared the numbers with the council's own survey, which had missed most of the small craft moored along the eastern wall.</p>`;
const article = (m: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour count</title></head><body><article>
<h1>Harbour count</h1>${para(1)}${para(2)}
<figure><img src="${m}/img/dawn.png" srcset="${m}/img/dawn-2x.png 2x" alt="The harbour at dawn" width="400" height="200"><figcaption>The harbour at dawn.</figcaption></figure>
${para(3)}<picture><source srcset="${m}/img/boats.avif" type="image/avif"><img src="${m}/img/boats.png" alt="Boats on the wall"></picture>
${para(4)}<img data-src="${m}/img/lazy.png" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="A lazy image">
<video src="${m}/media/film.mp4" poster="${m}/img/poster.png" controls preload="auto"><source src="${m}/media/film.webm"></video>
<audio src="${m}/media/tide.mp3" preload="auto"></audio>
<svg width="20" height="20"><image href="${m}/img/svg.png" width="20" height="20"/></svg>
${para(5)}${para(6)}</article></body></html>`;

interface Hit { path: string; referer: string | null }
let server: Server;
let origin = '';
let browser: ExtensionBrowser;
const log: Hit[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    const host = (req.headers.host ?? '').split(':')[0];
    if (host === HOST) {
      log.push({ path: req.url ?? '/', referer: req.headers.referer ?? null });
      res.writeHead(200, { 'content-type': req.url?.startsWith('/img/') ? 'image/png' : 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(req.url?.startsWith('/img/') ? PNG : Buffer.alloc(0));
      return;
    }
    const port = (server.address() as AddressInfo).port;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(article(`http://${HOST}:${port}`));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchWithExtension({ args: [`--host-resolver-rules=MAP ${HOST} 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`] });
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => server?.close(ok));
});

async function openView(view: 'popup' | 'reader', noRemote: boolean) {
  await browser.inExtension((chrome, on) => chrome.storage.sync.set({ settings: { noRemote: on } }), noRemote);
  const { page: tab, tabId } = await browser.openTab(`${origin}/story`);
  await tab.waitForLoadState('networkidle');
  const from = log.length;
  const ui = await browser.context.newPage();
  const fromView: string[] = [];
  ui.on('request', (r) => new URL(r.url()).hostname === HOST && fromView.push(new URL(r.url()).pathname));
  await ui.goto(`chrome-extension://${browser.extensionId}/${view}.html?tabId=${tabId}`);
  expect(await settledState(ui)).toBe('ready');
  await ui.waitForLoadState('networkidle');
  await ui.waitForFunction(() => document.querySelector('article.ns-body')?.getAttribute('data-rest') !== 'loading');
  await new Promise((r) => setTimeout(r, 500)); // let any late media request arrive
  const seen = await ui.evaluate(() => {
    const body = document.querySelector('article.ns-body')!;
    return {
      placeholders: [...body.querySelectorAll('.ns-no-remote')].map((el) => el.textContent),
      images: [...body.querySelectorAll('img')].map((img) => img.getAttribute('referrerpolicy')),
      media: [...body.querySelectorAll('video, audio')].map((m) => m.getAttribute('preload')),
      referrerMeta: document.querySelector('meta[name="referrer"]')?.getAttribute('content') ?? null,
    };
  });
  // Without the tab's own page: it loads its images itself, with its own Referer.
  const hits = log.slice(from).filter((h) => !h.referer?.startsWith(origin));
  await Promise.all([ui.close(), tab.close()]);
  return { seen, fromView, hits };
}

describe('Load no remote content (Chromium)', () => {
  for (const view of ['popup', 'reader'] as const) {
    test(`${view}: on, nothing is requested from the image host and each image is its alt text`, async () => {
      const { seen, fromView, hits } = await openView(view, true);
      expect(fromView).toEqual([]);
      expect(hits).toEqual([]);
      expect(seen.images).toEqual([]);
      expect(seen.media).toEqual([]);
      expect(seen.placeholders).toEqual(expect.arrayContaining(['[Image: The harbour at dawn]', '[Image: Boats on the wall]', '[Image: A lazy image]',
        '[Video not loaded: open the original page to watch it]', '[Audio not loaded: open the original page to listen]']));
    });

    test(`${view}: off, only the shown images load, with no referrer; video and audio wait for play`, async () => {
      const { seen, fromView, hits } = await openView(view, false);
      expect(seen.referrerMeta).toBe('no-referrer');
      expect(seen.images.length).toBeGreaterThanOrEqual(3);
      expect(seen.images.every((p) => p === 'no-referrer')).toBe(true);
      expect(seen.media).toEqual(['none', 'none']);
      expect(fromView.length).toBeGreaterThan(0);
      expect(fromView.every((p) => p.startsWith('/img/') && p !== '/img/poster.png')).toBe(true);
      expect(hits.every((h) => h.referer === null)).toBe(true);
      expect(hits.map((h) => h.path).filter((p) => p.startsWith('/media/'))).toEqual([]);
    });
  }
});
