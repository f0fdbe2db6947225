// The attack corpus (tests/fixtures/attack/) in real Chromium. First, on each page opened
// directly, every live payload's declared effect must really happen (script ran: the global flag;
// request: it reached evil.test; navigation; clobbered name; overlay over the page), and every
// needs-sanitiser payload must stay inert there. Then the popup and the reader on the same tab:
// no script runs (flag, dialogs, console), nothing is left that could run, no request reaches
// evil.test except the images the article shows, and none carries a referrer.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from './lib/chromium';
import { EVIL_HOST, startAttackServer, type AttackServer } from './lib/attack-server';
import { settledState, screenshot } from './lib/ui';
import { FLAG, type Payload } from '../fixtures/attack/types';
import { allPayloads, attackPages, makeCtx } from '../fixtures/attack/pages';
import { inertProblems } from '../fixtures/attack/inert';
import { HANDLER_EVENTS } from '../fixtures/attack/payloads-script';

let server: AttackServer;
let browser: ExtensionBrowser;
const pages = attackPages(makeCtx('http://x'));

beforeAll(async () => {
  server = await startAttackServer();
  browser = await launchWithExtension({
    // Later flags win: evil.test goes to our server, everything else but 127.0.0.1 fails at once.
    args: [`--host-resolver-rules=MAP ${EVIL_HOST} 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1`],
  });
}, 90_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const requested = (id: string, from = 0) => server.log.slice(from).some((r) => r.path.includes(`/${id}`));

/** Runs in the page: fires the payloads' triggers and reports which effects are visible there. */
function observe([payloads, flag]: readonly [{ id: string; effect: string; trigger?: string; clobbers?: string }[], string]) {
  const seen: Record<string, boolean> = {};
  const flags = String((window as unknown as Record<string, unknown>)[flag] ?? '').split('|');
  for (const p of payloads) {
    if (p.effect === 'script') seen[p.id] = flags.includes(p.id);
    if (p.effect === 'clobber') {
      // A path walk, not eval: extension pages forbid eval, and the page might have replaced it.
      let v: unknown = window;
      for (const key of p.clobbers!.replace(/^window\./, '').split('.')) v = v == null ? v : (v as Record<string, unknown>)[key];
      seen[p.id] = v instanceof Element;
    }
    if (p.effect === 'overlay') {
      const hits = [...document.elementsFromPoint(8, 8), ...document.elementsFromPoint(innerWidth / 2, 40)];
      seen[p.id] = hits.some((el) => el.closest(`[data-attack="${p.id}"]`));
    }
  }
  return seen;
}

/** On the page: each payload's own wrapper. In our views: only the article and the box, and no
 * link that opens a new tab (that is the reader's own choice to leave, not a leak). */
function fire([payloads, inView]: readonly [{ id: string; trigger?: string }[], boolean]) {
  for (const p of payloads) {
    if (!p.trigger) continue;
    const scopes = inView
      ? [...document.querySelectorAll('article.ns-body, section[aria-label="Key takeaways"]')]
      : [document.querySelector(`[data-attack="${p.id}"]`) ?? document.querySelector('.key-takeaways-box') ?? document.body];
    for (const el of scopes.flatMap((scope) => [scope, ...scope.querySelectorAll('*')])) {
      if (inView && el.getAttribute('target') === '_blank') continue;
      if (p.trigger === 'click' && el.matches('a, area, button, input')) {
        el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, view: window }));
      } else if (el.hasAttribute(`on${p.trigger}`)) {
        el.dispatchEvent(new Event(p.trigger, { bubbles: false, cancelable: true }));
      }
    }
  }
}

async function pollUntil<T>(fn: () => Promise<T>, done: (v: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (done(v) || Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

const plain = (ps: Payload[]) => ps.map(({ id, effect, trigger, clobbers }) => ({ id, effect, trigger, clobbers }));

describe('attack corpus', () => {
  test('holds at least 150 payloads, every one with an effect, in a few pages', () => {
    expect(allPayloads.length).toBeGreaterThanOrEqual(150);
    expect(new Set(allPayloads.map((p) => p.id)).size).toBe(allPayloads.length);
    expect(pages.length).toBeLessThanOrEqual(15);
  });

  for (const { name, payloads } of pages) {
    describe(name, () => {
      test('on the page opened directly, every live payload fires and every needs-sanitiser one stays inert', async () => {
        const from = server.log.length;
        const page = await browser.context.newPage();
        page.on('dialog', (d) => void d.dismiss());
        await page.goto(server.pageUrl(name), { waitUntil: 'load' });
        await page.evaluate(fire, [plain(payloads), false] as const);
        const live = payloads.filter((p) => !p.needsSanitiser);
        const check = async () => {
          const inPage = await page.evaluate(observe, [plain(payloads), FLAG] as const).catch(() => ({}) as Record<string, boolean>);
          return payloads.map((p) => ({
            id: p.id,
            fired: p.effect === 'request' || p.effect === 'navigation' ? requested(p.id, from) : Boolean(inPage[p.id]),
            live: !p.needsSanitiser,
          }));
        };
        const result = await pollUntil(check, (r) => r.filter((x) => x.live).every((x) => x.fired));
        expect({
          liveButDidNotFire: result.filter((x) => x.live && !x.fired).map((x) => x.id),
          needsSanitiserButFired: result.filter((x) => !x.live && x.fired).map((x) => x.id),
        }).toEqual({ liveButDidNotFire: [], needsSanitiserButFired: [] });
        expect(live.length + payloads.filter((p) => p.needsSanitiser).length).toBe(payloads.length);
        await page.close();
      });

      for (const view of ['popup', 'reader'] as const) {
        test(`${view}: nothing runs, nothing is left to run, nothing leaks`, async () => {
          const { page: tab, tabId } = await browser.openTab(server.pageUrl(name));
          await tab.waitForLoadState('load');
          await tab.waitForLoadState('networkidle');
          const from = server.log.length;
          const ui = await browser.context.newPage();
          const dialogs: string[] = [];
          const consoleErrors: string[] = [];
          ui.on('dialog', (d) => (dialogs.push(d.message()), void d.dismiss()));
          ui.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
          ui.on('pageerror', (e) => consoleErrors.push(String(e)));
          // Requests the view itself makes (the tab's own page keeps loading its payloads).
          const fromView: string[] = [];
          ui.on('request', (r) => new URL(r.url()).hostname === EVIL_HOST && fromView.push(new URL(r.url()).pathname));
          await ui.setViewportSize(view === 'popup' ? { width: 440, height: 600 } : { width: 1280, height: 900 });
          await ui.goto(`chrome-extension://${browser.extensionId}/${view}.html?tabId=${tabId}`);
          const state = await settledState(ui);
          expect(state, state === 'ready' ? '' : await ui.locator('main').innerText()).toBe('ready');
          await ui.evaluate(fire, [plain(payloads), true] as const);
          // The shared checker, defined in the page as a global (CDP evaluation, not page script).
          await ui.evaluate(`globalThis.inertProblems = ${inertProblems.toString()}`);
          const report = await ui.evaluate(
            ([handlers, flag, clobbers]) => {
              const body = document.querySelector('article.ns-body')!;
              // Every handler event on every article element: nothing may answer.
              for (const el of body.querySelectorAll('*')) for (const type of handlers) el.dispatchEvent(new Event(type));
              const problems = (globalThis as unknown as { inertProblems: typeof inertProblems }).inertProblems(body);
              const covered = [document.querySelector('h1'), document.querySelector('section[aria-label="Key takeaways"]')]
                .filter((el): el is Element => el !== null)
                .flatMap((el) => {
                  const r = el.getBoundingClientRect();
                  return document.elementsFromPoint(r.left + r.width / 2, r.top + r.height / 2).filter((hit) => body.contains(hit)).map((hit) => hit.localName);
                });
              const clobbered = clobbers.filter((expr) => {
                let v: unknown = window;
                for (const key of expr.replace(/^window\./, '').split('.')) v = v == null ? v : (v as Record<string, unknown>)[key];
                return v instanceof Element && body.contains(v);
              });
              return {
                flag: (window as unknown as Record<string, unknown>)[flag] ?? null,
                problems,
                covered,
                clobbered,
                text: body.textContent ?? '',
                title: document.querySelector('h1')?.textContent ?? '',
                titleElements: document.querySelector('h1')?.children.length ?? -1,
                images: [...body.querySelectorAll('img')].map((img) => img.currentSrc || img.getAttribute('src') || ''),
                takeaways: [...document.querySelectorAll('section[aria-label="Key takeaways"] > ul > li')].map((li) => ({ text: li.textContent, children: li.children.length })),
                labelled: document.querySelectorAll('[aria-label="Key takeaways"]').length,
              };
            },
            [HANDLER_EVENTS, FLAG, payloads.filter((p) => p.clobbers).map((p) => p.clobbers!)] as const,
          );
          await ui.waitForLoadState('networkidle');
          // What reached the attacker without the tab's referrer (the tab's page sends one; our pages
          // send none), plus what the view was seen to request: both must be article images only.
          const noReferrer = server.log.slice(from).filter((r) => r.referer === null);
          const leaked = [...new Set([...fromView, ...noReferrer.map((r) => r.path)])].map((path) => ({ path, referer: server.log.slice(from).find((r) => r.path === path)?.referer ?? null }));
          await screenshot(ui, `attack-${name}-${view}`);

          // The slots page's og:title is itself a payload, shown as the text it is.
          if (name !== 'slots') expect(report.title).toContain('Council row over buses');
          expect(report.titleElements).toBe(0);
          expect(report.text).toContain('Little Harwick');
          expect(report.flag).toBeNull();
          expect(dialogs).toEqual([]);
          // Chromium checks CSP when DOMPurify's DOMParser document is built from the dirty HTML, so
          // each handler attribute in it is reported as blocked (never run: that document has no
          // browsing context, and DOMPurify then removes the attribute). Anything else is a failure.
          const cspBlocks = consoleErrors.filter((m) => m.startsWith('Executing inline event handler violates'));
          const fetch404 = consoleErrors.filter((m) => m.startsWith('Failed to load resource: the server responded with a status of 404'));
          expect(consoleErrors.filter((m) => !cspBlocks.includes(m) && !fetch404.includes(m))).toEqual([]);
          expect(report.problems).toEqual([]);
          expect(report.covered, 'article content drawn over the title or the takeaways box').toEqual([]);
          expect(report.clobbered).toEqual([]);
          expect(report.labelled, 'one region called "Key takeaways": ours').toBe(1);
          for (const item of report.takeaways) expect(item.children, `takeaway "${item.text}" holds markup`).toBe(0);
          // Only images the article shows may load from the attacker, and with no referrer.
          expect(leaked.filter((r) => !r.path.startsWith('/img/')).map((r) => r.path)).toEqual([]);
          for (const r of leaked) {
            expect(report.images.some((src) => src.endsWith(r.path)), `${r.path} is not an image the article shows`).toBe(true);
            expect(r.referer).toBeNull();
          }
          expect(report.images.filter((src) => src.includes(EVIL_HOST) && !src.includes('/img/'))).toEqual([]);
          // Positive control: the photo the article shows did load, so the request watch works.
          if (report.images.some((src) => src.endsWith('/img/img-shown.png'))) expect(leaked.map((r) => r.path)).toContain('/img/img-shown.png');
          await ui.close();
          await tab.close();
        });
      }
    });
  }
});
