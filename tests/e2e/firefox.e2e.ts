// Firefox end to end: the Firefox TEST build, installed as a temporary add-on through WebDriver
// BiDi (see lib/bidi.ts), renders real corpus articles in popup.html?tabId=N; and the SHIPPED
// Firefox build passes `web-ext lint` with zero errors.
//
// Two Firefox facts shape this file (both checked on firefox-esr 153):
// - BiDi refuses to navigate to moz-extension:// URLs, so an extension page is reached by opening a
//   127.0.0.1 page and setting location.href from it (the test build makes popup.html and
//   reader.html web-accessible to 127.0.0.1, which Firefox requires for that hop).
// - MV3 host permissions are user-controlled in Firefox, but a temporarily installed add-on gets
//   them granted at install while `extensions.originControls.grantByDefault` is true (the default
//   since Firefox 127). We set the pref anyway so the test does not depend on a default, and
//   assert the grant, so a failure says "no host permission" rather than "extraction failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Bidi, Firefox } from './lib/bidi';
import { launchFirefoxWithExtension, openExtensionPage as openExtensionPageIn, openTab as openTabIn } from './lib/firefox-pages';
import { projectRoot, startServer, type TestServer } from './lib/server';

const testBuild = resolve(projectRoot, 'dist/firefox-test');
const shippedBuild = resolve(projectRoot, 'dist/firefox');
const screenshotDir = resolve(projectRoot, 'out/screenshots');
const POPUP_VIEWPORT = { width: 420, height: 600 }; // same size the Chromium tests use

/** What popup.html?tabId=N shows once it settles, read from the page's documented UI contract. */
interface Rendered {
  state: string;
  title: string;
  bodyText: string;
  source: string | null;
  takeaways: string[];
  alerts: { kind: string | undefined; text: string }[];
}

const readRendered = `(() => {
  const main = document.querySelector('main');
  const box = document.querySelector('section[aria-label="Key takeaways"]');
  return {
    state: main?.dataset.state ?? '',
    title: document.querySelector('h1')?.textContent?.trim() ?? '',
    bodyText: document.querySelector('article.ns-body')?.textContent?.trim() ?? '',
    source: box?.getAttribute('data-source') ?? null,
    takeaways: [...(box?.querySelectorAll(':scope > ul > li') ?? [])].map((li) => li.textContent.trim()),
    alerts: [...document.querySelectorAll('[role=alert]')].map((a) => ({ kind: a.dataset.kind, text: a.textContent.trim() })),
  };
})()`;

describe('Firefox: temporary add-on over WebDriver BiDi', () => {
  let ff: Firefox | undefined;
  let server: TestServer | undefined;
  let bidi: Bidi;
  let base: string; // moz-extension://<uuid>/
  let control: string; // an extension page kept open to call browser.* APIs from
  const consoleErrors: string[] = [];
  let outputSeen = 0; // how much of Firefox's output the previous tests' check already read

  beforeAll(async () => {
    const started = Date.now();
    server = await startServer({ '/hop': '<!doctype html><title>hop</title><p>hop to the extension</p>' });
    const launched = await launchFirefoxWithExtension(testBuild);
    ({ ff, bidi, base } = launched);
    expect(launched.extension).toBe(launched.geckoId);
    // BiDi reports console entries of web pages, including errors thrown by our injected
    // extractor (their stack names moz-extension://); the corpus pages' own script errors are noise.
    bidi.on('log.entryAdded', (e) => {
      const where = JSON.stringify(e.stackTrace ?? '');
      if (e.level === 'error' && where.includes('moz-extension:')) consoleErrors.push(`${String(e.text)} ${where}`);
    });
    await bidi.send('session.subscribe', { events: ['log.entryAdded'] });
    control = await openExtensionPage('popup.html');
    console.log(`Firefox started and the add-on installed in ${Date.now() - started} ms`);
  }, 120_000);

  afterAll(async () => {
    await ff?.close();
    await server?.close();
    // Visible in the test output whether or not a test failed: the first place to look for a bug.
    const lines = extensionConsole(ff?.output.join('') ?? '');
    if (consoleErrors.length || lines.length) {
      console.log(['Firefox console, extension errors:', ...consoleErrors, ...lines].join('\n  '));
    }
  }, 30_000);

  // After every test: nothing the test made the extension do logged an error (checked per test, so
  // no test has to run last, and a failure names the test that caused it).
  afterEach(() => {
    const output = ff?.output.join('') ?? '';
    const fresh = [...consoleErrors.splice(0), ...extensionConsole(output.slice(outputSeen))];
    outputSeen = output.length;
    expect(fresh, 'errors from extension code').toEqual([]);
  });

  const openTab = (url: string) => openTabIn(bidi, url);
  /** A new tab showing moz-extension://<uuid>/<path>, reached by the hop described above. */
  const openExtensionPage = (path: string) => openExtensionPageIn(bidi, `${server!.origin}/hop`, base + path, POPUP_VIEWPORT);

  /** The browser.tabs id of the tab showing `url` (BiDi context ids are not tab ids). */
  async function tabIdOf(url: string): Promise<number> {
    // tabs.query({url}) never matches a URL with a port in Firefox, so filter the full list here.
    const tabs = await bidi.evaluate<{ id: number; url?: string }[]>(
      control,
      `browser.tabs.query({}).then((ts) => ts.map((t) => ({ id: t.id, url: t.url })))`,
    );
    const tab = tabs.find((t) => t.url === url);
    if (!tab) throw new Error(`no tab with url ${url} in ${JSON.stringify(tabs)}`);
    return tab.id;
  }

  /** Opens `page`?tabId=N for the article at `url` and waits until it leaves the loading state. */
  async function renderArticle(page: 'popup.html' | 'reader.html', url: string): Promise<{ context: string; tabId: number; r: Rendered }> {
    await openTab(url);
    const tabId = await tabIdOf(url);
    const context = await openExtensionPage(`${page}?tabId=${tabId}`);
    return { context, tabId, r: await settled(context) };
  }

  async function settled(context: string): Promise<Rendered> {
    await bidi.waitFor(context, `['ready', 'error'].includes(document.querySelector('main')?.dataset.state)`, 30_000);
    return bidi.evaluate<Rendered>(context, readRendered);
  }

  it('has the 127.0.0.1 host permission granted at temporary install', async () => {
    const granted = await bidi.evaluate<boolean>(
      control,
      `browser.permissions.contains({ origins: ['http://127.0.0.1/*'] })`,
    );
    expect(granted).toBe(true);
  });

  it("popup renders an article with the author's own takeaways (firefox-nightly-blog)", async () => {
    const { context, r } = await renderArticle('popup.html', server!.corpusUrl('firefox-nightly-blog'));

    const shot = await bidi.send<{ data: string }>('browsingContext.captureScreenshot', { context });
    mkdirSync(screenshotDir, { recursive: true });
    writeFileSync(join(screenshotDir, 'firefox-popup.png'), Buffer.from(shot.data, 'base64'));

    expect(r.alerts, JSON.stringify(r.alerts)).toEqual([]);
    expect(r.state).toBe('ready');
    expect(r.title).toContain('These Weeks in Firefox: Issue 85');
    expect(r.bodyText.length).toBeGreaterThan(2000);
    expect(r.bodyText).toContain('Bug 1553982');
    expect(r.source).toBe('page');
    // The page's own "Highlights" list: its 9 top-level items, text only, in page order.
    expect(r.takeaways).toHaveLength(9);
    expect(r.takeaways.slice(0, 2)).toEqual(['Here’s our Firefox Year in Review!', 'Here’s our Performance Year in Review!']);
    expect(r.takeaways[2]).toMatch(/^We’ve just landed Bug 1553982/);
    expect(r.takeaways[8]).toMatch(/^DevTools and Marionette are now fully Fission compatible!/);
  });

  it('popup renders an article without a takeaways box, summarised locally (nytimes-1)', async () => {
    const { r } = await renderArticle('popup.html', server!.corpusUrl('nytimes-1'));
    expect(r.alerts, JSON.stringify(r.alerts)).toEqual([]);
    expect(r.state).toBe('ready');
    expect(r.title).toContain('United States to Lift Sudan Sanctions');
    expect(r.bodyText).toContain('Sudan');
    expect(r.bodyText.length).toBeGreaterThan(2000);
    expect(r.source).toBe('local');
    expect(r.takeaways).toHaveLength(3);
    // Local takeaways are whole sentences of the body, compared whitespace-insensitively (as locate.ts).
    const body = r.bodyText.replace(/\s+/g, '');
    for (const t of r.takeaways) expect(body).toContain(t.replace(/\s+/g, ''));
  });

  it('"Open reader tab" in the popup opens reader.html for the same tab, which renders it', async () => {
    // Its own popup: this test does not depend on another having run first.
    const nightly = await renderArticle('popup.html', server!.corpusUrl('firefox-nightly-blog'));
    expect(nightly.r.state).toBe('ready');
    const readerUrl = `${base}reader.html?tabId=${nightly.tabId}`;
    // The background's tabs.create path (runtime.getURL, openerTabId, index) is what is tested
    // here; a plain click() is enough because tabs.create needs no user gesture.
    await bidi.evaluate(nightly.context, `(document.querySelector('.ns-toolbar button').click(), true)`);
    // Polls the tree rather than awaiting contextCreated: subscribing replays that event for every
    // open tab, and the new tab starts as about:blank before it navigates to reader.html.
    const context = await pollFor(async () => {
      const tree = await bidi.send<{ contexts: { context: string; url: string }[] }>('browsingContext.getTree', { maxDepth: 0 });
      return tree.contexts.find((c) => c.url === readerUrl)?.context;
    }, `a tab showing ${readerUrl}`);
    const r = await settled(context);
    expect(r.alerts, JSON.stringify(r.alerts)).toEqual([]);
    expect(r.state).toBe('ready');
    expect(r.title).toContain('These Weeks in Firefox: Issue 85');
    expect(r.bodyText).toContain('Bug 1553982');
    expect(r.source).toBe('page');
    expect(r.takeaways).toHaveLength(9);
  });
});

async function pollFor<T>(probe: () => Promise<T | undefined>, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Error lines Firefox printed (devtools.console.stdout.*, see lib/bidi.ts) that come from our
 * extension: uncaught errors name their moz-extension:// file; extension console.error calls are
 * printed without a source, so every console.error line is kept except Firefox's own modules'.
 */
function extensionConsole(output: string): string[] {
  const firefoxOwn = /resource:\/\/|chrome:\/\/|RSLoader|BackupService|Favicon|Remote Settings|nimbus/i;
  return output
    .split('\n')
    .filter((l) => (/^JavaScript (error|warning)/.test(l) && l.includes('moz-extension:')) ||
      (/^console\.error:/.test(l) && !firefoxOwn.test(l)));
}

describe('Firefox: shipped build', () => {
  it('passes `web-ext lint` with zero errors', () => {
    if (!existsSync(join(shippedBuild, 'manifest.json'))) {
      throw new Error(`${shippedBuild}/manifest.json is missing: run \`npm run build\` first`);
    }
    const run = spawnSync(
      resolve(projectRoot, 'node_modules/.bin/web-ext'),
      ['lint', '--source-dir', shippedBuild, '--self-hosted', '--output', 'json', '--boring'],
      { encoding: 'utf8', cwd: projectRoot, timeout: 120_000 },
    );
    // web-ext exits non-zero when it finds errors; the JSON report on stdout is what we judge.
    const json = run.stdout.slice(run.stdout.indexOf('{'));
    type Message = { code: string; message: string; file?: string };
    const report = JSON.parse(json) as { errors: Message[]; warnings: Message[]; notices: Message[] };
    const fmt = (m: Message): string => `${m.code}${m.file ? ` (${m.file})` : ''}: ${m.message}`;
    console.log(
      `web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings, ${report.notices.length} notices` +
        report.warnings.map((w) => `\n  warning ${fmt(w)}`).join('') +
        report.notices.map((n) => `\n  notice ${fmt(n)}`).join(''),
    );
    expect(report.errors.map(fmt)).toEqual([]);
  }, 120_000);
});
