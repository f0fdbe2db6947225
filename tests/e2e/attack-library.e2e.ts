// The attack corpus through the library, in real Chromium: every attack page is saved from the
// popup (with its clean article), then the attack server is STOPPED and the library and each
// saved article (reader.html?saved=KEY) are opened offline. No script runs (the corpus flag, no
// dialog), no request goes to the attacker except images the saved article shows, and no stored
// record or body holds live markup. An import file carrying hostile HTML is sanitised again
// before it is stored and shown.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, type ExtensionBrowser } from './lib/chromium';
import { EVIL_HOST, startAttackServer, type AttackServer } from './lib/attack-server';
import { settledState } from './lib/ui';
import { FLAG } from '../fixtures/attack/types';
import { inertProblems } from '../fixtures/attack/inert';

let server: AttackServer;
let browser: ExtensionBrowser;
const EVIL = `http://${EVIL_HOST}`;

beforeAll(async () => {
  server = await startAttackServer();
  browser = await launchWithExtension({ args: [`--host-resolver-rules=MAP ${EVIL_HOST} 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`] });
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await server?.close().catch(() => undefined);
});

/** A Nutshell page watched for everything the corpus could make it do. */
async function watched(url: string) {
  const ui = await browser.context.newPage();
  const dialogs: string[] = [];
  const evil: string[] = [];
  ui.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
  ui.on('request', (r) => new URL(r.url()).hostname === EVIL_HOST && evil.push(new URL(r.url()).pathname));
  await ui.goto(url);
  return { ui, dialogs, evil };
}

async function inspect(ui: Page, scope: string) {
  await ui.evaluate(`globalThis.inertProblems = ${inertProblems.toString()}`);
  return ui.evaluate(([sel, flag]) => {
    const root = document.querySelector(sel!) ?? document.body;
    return {
      flag: (window as unknown as Record<string, unknown>)[flag!] ?? null,
      problems: (globalThis as unknown as { inertProblems: (r: ParentNode) => string[] }).inertProblems(root),
      images: [...root.querySelectorAll('img')].map((img) => new URL(img.currentSrc || img.src, location.href).pathname),
      text: root.textContent ?? '',
    };
  }, [scope, FLAG] as const);
}

describe('attack corpus through the library, reopened offline (Chromium)', () => {
  const saved: string[] = [];

  test('every attack page saves from the popup, with its article', async () => {
    for (const { name } of server.pages) {
      const { page, tabId } = await browser.openTab(server.pageUrl(name));
      await page.waitForLoadState('load');
      const popup = await browser.openPopup(tabId);
      popup.on('dialog', (d) => void d.dismiss());
      expect(await settledState(popup, 60_000), name).toBe('ready');
      await popup.getByRole('button', { name: 'Save takeaways' }).click();
      await popup.getByRole('button', { name: 'Saved', exact: true }).waitFor({ timeout: 15_000 });
      await Promise.all([popup.close(), page.close()]);
    }
    const stored = await browser.storage();
    saved.push(...Object.keys(stored).filter((k) => k.startsWith('saved:')));
    expect(saved.length).toBe(new Set(server.pages.map((p) => p.name)).size);
  }, 300_000);

  test('what is stored holds no live markup', async () => {
    const stored = await browser.storage();
    const { ui } = await watched(`chrome-extension://${browser.extensionId}/library.html`);
    await ui.evaluate(`globalThis.inertProblems = ${inertProblems.toString()}`);
    const bodies = Object.entries(stored).filter(([k]) => k.startsWith('body:')).map(([, v]) => (v as { html: string }).html);
    expect(bodies.length).toBe(saved.length);
    const problems = await ui.evaluate((htmls) => htmls.flatMap((html) => {
      // An inert document: parsing runs and loads nothing.
      const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
      return (globalThis as unknown as { inertProblems: (r: ParentNode) => string[] }).inertProblems(doc.body);
    }), bodies);
    expect(problems).toEqual([]);
    for (const [key, value] of Object.entries(stored)) {
      if (!key.startsWith('saved:')) continue;
      // Records are text only: titles and items never carry markup that a view would parse.
      const record = value as { title: string; takeaways: { items: string[] } };
      for (const text of [record.title, ...record.takeaways.items]) expect(typeof text).toBe('string');
    }
    await ui.close();
  });

  test('with the attack server stopped: the library and every saved article run nothing and ask the attacker for nothing but shown images', async () => {
    await server.close();
    const library = await watched(`chrome-extension://${browser.extensionId}/library.html`);
    await library.ui.waitForLoadState('networkidle');
    const lib = await library.ui.evaluate((flag) => ({
      flag: (window as unknown as Record<string, unknown>)[flag] ?? null,
      // The library shows records as text: no article markup at all, nothing with a handler.
      active: [...document.querySelectorAll('#app :is(img, svg, math, script, iframe, object, embed, video, audio, style)')].map((el) => el.localName),
      handlers: [...document.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${el.localName}@${a.name}`)),
      entries: document.querySelectorAll('main li, main article').length,
    }), FLAG);
    expect(lib.flag).toBeNull();
    expect(lib.active).toEqual([]);
    expect(lib.handlers).toEqual([]);
    expect(lib.entries).toBeGreaterThanOrEqual(saved.length);
    expect(library.dialogs).toEqual([]);
    expect(library.evil).toEqual([]);
    await library.ui.close();
    for (const key of saved) {
      const view = await watched(`chrome-extension://${browser.extensionId}/reader.html?saved=${encodeURIComponent(key)}`);
      expect(await settledState(view.ui, 30_000), key).toBe('ready');
      await view.ui.waitForLoadState('networkidle');
      const seen = await inspect(view.ui, 'article.ns-body');
      expect(seen.flag, key).toBeNull();
      expect(seen.problems, key).toEqual([]);
      expect(view.dialogs, key).toEqual([]);
      for (const path of view.evil) expect(seen.images, `${key}: ${path} is not an image the article shows`).toContain(path);
      await view.ui.close();
    }
  }, 300_000);

  test('an import file with hostile HTML is sanitised again before it is stored and shown', async () => {
    const url = 'https://news.example/imported';
    const hostile = `<p>Imported body.</p><img src=x onerror="window['${FLAG}']='import'"><script>window['${FLAG}']='script'</script>`
      + `<a href="javascript:window['${FLAG}']='link'">x</a><iframe srcdoc="<script>parent['${FLAG}']=1</script>"></iframe>`
      + `<svg><a xlink:href="javascript:alert(1)"><text>t</text></a></svg><p id="app" aria-label="Key takeaways" style="position:fixed">y</p>`
      + `<img src="${EVIL}/beacon.png" alt="beacon">`;
    const record = { version: 2, url, title: 'Imported <b>title</b>', site: null, savedAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
      takeaways: { source: 'page', items: ['<img src=x onerror=alert(1)>'], edited: false }, note: '', hasBody: true, previous: null };
    const file = JSON.stringify({ format: 'nutshell-library', version: 1, exported: '2026-01-01T00:00:00.000Z', count: 1, entries: [{ record, body: { version: 1, title: 'T', byline: null, lang: 'en', dir: null, html: hostile } }] });
    const library = await watched(`chrome-extension://${browser.extensionId}/library.html`);
    await library.ui.locator('input[type=file]').setInputFiles({ name: 'hostile.json', mimeType: 'application/json', buffer: Buffer.from(file) });
    await library.ui.getByText(/Imported: 1 added/).waitFor({ timeout: 15_000 });
    const stored = (await browser.storage())[`body:${url}`] as { html: string };
    expect(stored.html).toContain('Imported body.');
    expect(stored.html).not.toMatch(/onerror|<script|javascript:|<iframe|srcdoc|id="app"|aria-label|style=/);
    await library.ui.close();
    const view = await watched(`chrome-extension://${browser.extensionId}/reader.html?saved=${encodeURIComponent(`saved:${url}`)}`);
    expect(await settledState(view.ui, 30_000)).toBe('ready');
    const seen = await inspect(view.ui, 'article.ns-body');
    expect(seen.flag).toBeNull();
    expect(seen.problems).toEqual([]);
    expect(view.dialogs).toEqual([]);
    expect(await view.ui.locator('h1').evaluate((h) => h.children.length)).toBe(0);
    expect(await view.ui.locator('section[aria-label="Key takeaways"] li').first().evaluate((li) => li.children.length)).toBe(0);
    await view.ui.close();
  });
});
