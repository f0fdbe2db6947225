// The attack corpus in Firefox (153 ESR over WebDriver BiDi): the popup on every attack page runs
// nothing, keeps nothing that could run, and sends nothing to evil.test but the article's images.
// evil.test reaches the local server through network.dns.localDomains (and bypasses the dead
// proxy lib/bidi.ts sets for every other host). The payloads' effects on the pages themselves are
// proven in Chromium (attack.e2e.ts); Firefox's own parser is the point here.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bidi, Firefox } from './lib/bidi';
import { launchFirefoxWithExtension, openExtensionPage as openExtensionPageIn, openTab as openTabIn } from './lib/firefox-pages';
import { projectRoot } from './lib/server';
import { EVIL_HOST, startAttackServer, type AttackServer } from './lib/attack-server';
import { inertProblems } from '../fixtures/attack/inert';
import { FLAG } from '../fixtures/attack/types';
import { attackPages, makeCtx } from '../fixtures/attack/pages';

const testBuild = resolve(projectRoot, 'dist/firefox-test');
const names = attackPages(makeCtx('http://x')).map((p) => p.name);

describe('Firefox: attack corpus in the popup', () => {
  let ff: Firefox | undefined;
  let server: AttackServer;
  let bidi: Bidi;
  let base: string;
  let control: string;

  const openTab = (url: string) => openTabIn(bidi, url);
  const openExtensionPage = (path: string) => openExtensionPageIn(bidi, `${server.origin}/hop`, base + path, { width: 440, height: 600 });

  beforeAll(async () => {
    server = await startAttackServer();
    ({ ff, bidi, base } = await launchFirefoxWithExtension(testBuild, {
      'network.dns.localDomains': EVIL_HOST,
      'network.proxy.no_proxies_on': EVIL_HOST,
    }));
    control = await openExtensionPage('popup.html');
  }, 120_000);

  afterAll(async () => {
    await ff?.close();
    await server?.close();
  }, 30_000);

  for (const name of names) {
    it(`${name}: nothing runs, nothing is left to run, nothing leaks`, async () => {
      const url = server.pageUrl(name);
      const tab = await openTab(url);
      const tabs = await bidi.evaluate<{ id: number; url?: string }[]>(control, `browser.tabs.query({}).then((ts) => ts.map((t) => ({ id: t.id, url: t.url })))`);
      const tabId = tabs.find((t) => t.url === url)!.id;
      const from = server.log.length;
      const view = await openExtensionPage(`popup.html?tabId=${tabId}`);
      await bidi.waitFor(view, `['ready', 'error'].includes(document.querySelector('main')?.dataset.state)`, 30_000);
      // Every image of the article has settled (loaded or failed) before we count requests.
      await bidi.waitFor(view, `[...document.querySelectorAll('article.ns-body img')].every((i) => i.complete)`, 15_000);
      const r = await bidi.evaluate<{ state: string; flag: unknown; problems: string[]; text: string; images: string[]; titleElements: number }>(
        view,
        `(() => {
          const body = document.querySelector('article.ns-body');
          return {
            state: document.querySelector('main').dataset.state,
            flag: window[${JSON.stringify(FLAG)}] ?? null,
            problems: body ? (${inertProblems.toString()})(body) : ['no article'],
            text: body?.textContent ?? '',
            images: [...(body?.querySelectorAll('img') ?? [])].map((i) => i.currentSrc || i.src),
            titleElements: document.querySelector('h1')?.children.length ?? -1,
          };
        })()`,
      );
      expect(r.state).toBe('ready');
      expect(r.flag).toBeNull();
      expect(r.problems).toEqual([]);
      expect(r.text).toContain('Little Harwick');
      expect(r.titleElements).toBe(0);
      // Our pages send no referrer; the tab's own page does, so these are the view's requests.
      const fromView = server.log.slice(from).filter((q) => q.referer === null);
      expect(fromView.filter((q) => !q.path.startsWith('/img/')).map((q) => q.path)).toEqual([]);
      for (const q of fromView) expect(r.images.some((src) => src.endsWith(q.path)), q.path).toBe(true);
      if (r.images.some((src) => src.endsWith('/img/img-shown.png'))) expect(fromView.map((q) => q.path)).toContain('/img/img-shown.png');
      await bidi.send('browsingContext.close', { context: view });
      await bidi.send('browsingContext.close', { context: tab });
    });
  }
});
