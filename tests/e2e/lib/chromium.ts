// Launch Debian's Chromium with the built extension (recipe from ../shared/TOOLCHAIN.md) and give
// tests small helpers around it. Tests use the TEST build (host permission for 127.0.0.1) because
// automation cannot grant activeTab; shortcut.e2e.ts drives the SHIPPED build with real keys instead.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type Browser from 'webextension-polyfill';
import { projectRoot } from './server';

/** Chrome's MV3 promise API, typed with the polyfill's types (close enough for test code). */
export type ChromeApi = Browser.Browser;

export const CHROMIUM = '/usr/bin/chromium';
export const testBuild = resolve(projectRoot, 'dist/chrome-test');
export const shippedBuild = resolve(projectRoot, 'dist/chrome');
// The real action popup measures 440×600 here (popup.css fixes body width to 440px; Chrome caps
// popups at 600px tall), so the stand-in tab uses the same size.
export const POPUP_VIEWPORT = { width: 440, height: 600 };
export const READER_VIEWPORT = { width: 1280, height: 900 };

export interface LaunchOptions {
  dist?: string;
  headless?: boolean;
  args?: string[];
  env?: Record<string, string>;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  userDataDir: string;
  /** The live service worker (re-found if Chrome restarted it). */
  sw(): Promise<Worker>;
  /**
   * Runs fn(chrome, arg) in the service worker. fn is sent as source text, so it must be
   * self-contained (no closures) and arg must be JSON.
   */
  inExtension<R, A = null>(fn: (chrome: ChromeApi, arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** Opens a web page in a new tab; returns the page and its chrome.tabs id. */
  openTab(url: string): Promise<{ page: Page; tabId: number }>;
  /** The newest tab showing url, ignoring the tab ids in notIn. */
  tabIdOf(url: string, notIn?: number[]): Promise<number>;
  /** popup.html?tabId=N opened as a tab at popup size (the real popup can't be opened by automation). */
  openPopup(tabId: number): Promise<Page>;
  openReader(tabId: number): Promise<Page>;
  storage(): Promise<Record<string, unknown>>;
  close(): Promise<void>;
}

export function chromiumArgs(dist: string): string[] {
  return [
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // Offline anyway, but corpus pages reference scripts on their old hosts, and a DNS lookup that
    // fails slowly blocks DOMContentLoaded: make every host but 127.0.0.1 fail at once.
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ];
}

export async function launchWithExtension(opts: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const dist = opts.dist ?? testBuild;
  if (!existsSync(join(dist, 'manifest.json'))) {
    throw new Error(`${dist}/manifest.json is missing: run \`npm run build:test\` (or \`npm run build\`) first`);
  }
  const userDataDir = mkdtempSync(join(tmpdir(), 'nutshell-e2e-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: opts.headless ?? true,
      args: [...chromiumArgs(dist), ...(opts.args ?? [])],
      env: { ...process.env, ...opts.env } as Record<string, string>,
      viewport: null, // each page sets its own size; null keeps the real window size when headed
      timeout: 60_000,
    });
  } catch (err) {
    rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5 });
    throw err;
  }
  const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
  let first: Worker;
  try {
    first = context.serviceWorkers().find(isOurs) ?? (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 30_000 }));
  } catch (err) {
    // No leaked browser when the extension fails to load: the caller never gets a handle to close.
    await context.close().catch(() => undefined);
    rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5 });
    throw new Error(`the extension's service worker never started (${dist}): ${String(err)}`);
  }
  const extensionId = new URL(first.url()).host;

  async function sw(): Promise<Worker> {
    const live = context.serviceWorkers().find((w) => new URL(w.url()).host === extensionId);
    if (live) return live;
    // Chrome stopped the idle worker: any extension page wakes it again.
    const waker = await context.newPage();
    const next = context.waitForEvent('serviceworker', { timeout: 30_000 });
    await waker.goto(`chrome-extension://${extensionId}/manifest.json`);
    const worker = await next;
    await waker.close();
    return worker;
  }

  async function inExtension<R, A>(fn: (chrome: ChromeApi, arg: A) => R | Promise<R>, arg?: A): Promise<R> {
    // A string expression runs through CDP, which the extension's CSP does not restrict. The
    // __name parameter absorbs the helper tsx (keepNames) inserts around named inner functions.
    const call = `(${fn.toString()})(chrome, ${JSON.stringify(arg ?? null)})`;
    return (await sw()).evaluate(`((__name) => ${call})((f) => f)`) as Promise<R>;
  }

  async function tabIdOf(url: string, notIn: number[] = []): Promise<number> {
    // tab.url is visible for 127.0.0.1 thanks to the test build's host permission (no "tabs" needed).
    // Several tabs may show the same url: skip the ones listed and take the newest (ids only grow).
    for (let i = 0; i < 100; i++) {
      const tabs = await inExtension((chrome) => chrome.tabs.query({}));
      const ids = tabs
        .filter((t) => (t.url === url || t.pendingUrl === url) && t.id !== undefined && !notIn.includes(t.id))
        .map((t) => t.id!);
      if (ids.length) return Math.max(...ids);
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no tab with url ${url}`);
  }

  async function openExtensionPage(path: string, viewport: { width: number; height: number }): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    await page.goto(`chrome-extension://${extensionId}/${path}`);
    return page;
  }

  return {
    context,
    extensionId,
    userDataDir,
    sw,
    inExtension,
    tabIdOf,
    async openTab(url) {
      const before = (await inExtension((chrome) => chrome.tabs.query({}))).map((t) => t.id!);
      const page = await context.newPage();
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      return { page, tabId: await tabIdOf(page.url(), before) };
    },
    openPopup: (tabId) => openExtensionPage(`popup.html?tabId=${tabId}`, POPUP_VIEWPORT),
    openReader: (tabId) => openExtensionPage(`reader.html?tabId=${tabId}`, READER_VIEWPORT),
    storage: () => inExtension((chrome) => chrome.storage.local.get(null)),
    async close() {
      await context.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}
