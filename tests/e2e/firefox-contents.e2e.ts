// Firefox (ESR over WebDriver BiDi, as firefox.e2e.ts): the reader's table of contents on the
// local long article (a column beside the page in a wide window, a jump, aria-current), the `?`
// help as a modal dialog from a real key press, and one reading setting changed in the panel
// (applied at once, stored in storage.sync).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PALETTES } from '../../src/core/settings/themes';
import type { Bidi, Firefox } from './lib/bidi';
import { launchFirefoxWithExtension, openExtensionPage as openExtensionPageIn, openTab as openTabIn } from './lib/firefox-pages';
import { projectRoot, startServer, type TestServer } from './lib/server';

const testBuild = resolve(projectRoot, 'dist/firefox-test');
const shots = process.env.NUTSHELL_SCREENS ?? resolve(projectRoot, 'out/screenshots');
const READER_VIEWPORT = { width: 1280, height: 900 };

describe('Firefox: contents, keys and a setting in the reader', () => {
  let ff: Firefox | undefined;
  let server: TestServer | undefined;
  let bidi: Bidi;
  let base: string;
  let control: string;
  let reader: string;

  const openTab = (url: string) => openTabIn(bidi, url);
  const openExtensionPage = (path: string) => openExtensionPageIn(bidi, `${server!.origin}/hop`, base + path, READER_VIEWPORT);
  const press = (context: string, key: string) => bidi.send('input.performActions', {
    context,
    actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: key }, { type: 'keyUp', value: key }] }],
  });

  beforeAll(async () => {
    server = await startServer({ '/hop': '<!doctype html><title>hop</title><p>hop to the extension</p>' });
    ({ ff, bidi, base } = await launchFirefoxWithExtension(testBuild));
    control = await openExtensionPage('popup.html');
    await openTab(server.fixtureUrl);
    const tabs = await bidi.evaluate<{ id: number; url?: string }[]>(control, `browser.tabs.query({}).then((ts) => ts.map((t) => ({ id: t.id, url: t.url })))`);
    const tabId = tabs.find((t) => t.url === server!.fixtureUrl)!.id;
    reader = await openExtensionPage(`reader.html?tabId=${tabId}`);
    await bidi.waitFor(reader, `document.querySelector('main')?.dataset.state === 'ready'`, 30_000);
  }, 120_000);

  afterAll(async () => {
    await ff?.close();
    await server?.close();
  }, 30_000);

  it('shows the contents as a column beside the article, outside the body', async () => {
    await bidi.waitFor(reader, `document.querySelector('nav.ns-contents')?.dataset.layout === 'side'`);
    const facts = await bidi.evaluate<{ entries: string[]; inBody: boolean; beside: boolean; title: string }>(reader, `(() => {
      const nav = document.querySelector('nav.ns-contents');
      const body = document.querySelector('article.ns-body');
      return {
        entries: [...nav.querySelectorAll('a')].map((a) => a.textContent),
        inBody: body.contains(nav),
        beside: nav.getBoundingClientRect().right <= body.getBoundingClientRect().left,
        title: document.querySelector('h1').textContent,
      };
    })()`);
    expect(facts).toEqual({
      entries: ['How a prediction is made', 'The code', 'Local against official', 'The formula', 'The people behind the numbers', 'What comes next'],
      inBody: false,
      beside: true,
      title: 'How a small harbour learned to predict its own tides',
    });
  });

  it('a contents link jumps to its heading and the list marks it as the current location', async () => {
    expect(await bidi.evaluate(reader, `document.querySelector('nav.ns-contents a[aria-current]')?.textContent ?? null`)).toBeNull();
    await bidi.evaluate(reader, `([...document.querySelectorAll('nav.ns-contents a')].find((a) => a.textContent === 'The formula').click(), true)`);
    await bidi.waitFor(reader, `document.querySelector('nav.ns-contents a[aria-current="location"]')?.textContent === 'The formula'`);
    // Settled below the toolbar (the scroll is smooth), with the focus on the heading.
    await bidi.waitFor(reader, `(() => { const h = document.activeElement; return h.localName === 'h2' && h.textContent === 'The formula' && h.getBoundingClientRect().top < 200; })()`);
    await bidi.evaluate(reader, `(window.scrollTo(0, 0), true)`);
    await bidi.waitFor(reader, `document.querySelector('nav.ns-contents a[aria-current]') === null`);
    const shot = await bidi.send<{ data: string }>('browsingContext.captureScreenshot', { context: reader });
    mkdirSync(shots, { recursive: true });
    writeFileSync(join(shots, 'contents-firefox-reader.png'), Buffer.from(shot.data, 'base64'));
  });

  it('? (a real key press) opens the modal help, Escape closes it', async () => {
    await bidi.evaluate(reader, `(document.activeElement?.blur(), true)`);
    await press(reader, '?');
    await bidi.waitFor(reader, `document.querySelector('dialog.ns-keys-help')?.open === true`);
    expect(await bidi.evaluate(reader, `document.querySelector('dialog.ns-keys-help').matches(':modal') && document.querySelector('dialog.ns-keys-help').contains(document.activeElement)`)).toBe(true);
    await press(reader, '\uE00C'); // WebDriver's Escape
    await bidi.waitFor(reader, `document.querySelector('dialog.ns-keys-help').open === false`);
  });

  it('a theme picked in the settings panel paints the reader at once and is stored in storage.sync', async () => {
    await bidi.evaluate(reader, `(document.querySelector('details.ns-settings > summary').click(), true)`);
    await bidi.evaluate(reader, `([...document.querySelectorAll('.ns-theme-choice')].find((l) => l.textContent === 'Sepia').querySelector('input').click(), true)`);
    const painted = await bidi.evaluate<{ theme: string; background: string }>(reader, `({ theme: document.documentElement.dataset.theme, background: getComputedStyle(document.body).backgroundColor })`);
    const n = parseInt(PALETTES.sepia.paper.slice(1), 16);
    expect(painted).toEqual({ theme: 'sepia', background: `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})` });
    await bidi.waitFor(control, `browser.storage.sync.get('settings').then((s) => s.settings?.theme === 'sepia')`);
    // The other open view (the control popup) follows through storage.onChanged.
    await bidi.waitFor(control, `document.documentElement.dataset.theme === 'sepia'`);
  });
});
