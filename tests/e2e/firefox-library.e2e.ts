// The library in Firefox (test build, a temporary add-on over WebDriver BiDi, see firefox.e2e.ts
// for the two Firefox facts that shape these tests): save from popups on real pages, list them in
// library.html (web-accessible to 127.0.0.1 in the test build only, for the hop), search by a
// word of a takeaway, and export Markdown and JSON, read back from the files Firefox downloaded
// into a folder set by the `browser.download.dir` / `browser.download.folderList=2` prefs.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Parser } from 'commonmark';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bidi, Firefox } from './lib/bidi';
import { launchFirefoxWithExtension, openExtensionPage as openExtensionPageIn, openTab as openTabIn } from './lib/firefox-pages';
import { projectRoot, startServer, type TestServer } from './lib/server';

const testBuild = resolve(projectRoot, 'dist/firefox-test');
const SLUGS = ['firefox-nightly-blog', 'nytimes-1'];
const VIEWPORT = { width: 1280, height: 900 };

describe('Firefox: the library', () => {
  let ff: Firefox | undefined;
  let server: TestServer | undefined;
  let bidi: Bidi;
  let base: string;
  let control: string;
  let library: string;
  const downloads = mkdtempSync(join(tmpdir(), 'nutshell-ff-downloads-'));
  const saved: { title: string; url: string; items: string[] }[] = [];

  beforeAll(async () => {
    server = await startServer({ '/hop': '<!doctype html><title>hop</title><p>hop to the extension</p>' });
    ({ ff, bidi, base } = await launchFirefoxWithExtension(testBuild, {
      // Downloads go straight to this folder, without a dialog.
      'browser.download.dir': downloads,
      'browser.download.folderList': 2,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.alwaysOpenPanel': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      'browser.helperApps.neverAsk.saveToDisk': 'text/markdown,application/json',
    }));
    control = await openExtensionPage('popup.html');
  }, 120_000);

  afterAll(async () => {
    await ff?.close();
    await server?.close();
    rmSync(downloads, { recursive: true, force: true });
  }, 30_000);

  const openTab = (url: string) => openTabIn(bidi, url);

  const openExtensionPage = (path: string) => openExtensionPageIn(bidi, `${server!.origin}/hop`, base + path, VIEWPORT);

  async function tabIdOf(url: string): Promise<number> {
    const tabs = await bidi.evaluate<{ id: number; url?: string }[]>(control, `browser.tabs.query({}).then((ts) => ts.map((t) => ({ id: t.id, url: t.url })))`);
    const tab = tabs.find((t) => t.url === url);
    if (!tab) throw new Error(`no tab with url ${url}`);
    return tab.id;
  }

  const entryTitles = (context: string) => bidi.evaluate<string[]>(context, `[...document.querySelectorAll('.ns-entry-title')].map((h) => h.textContent.trim())`);

  // The reserved file can vanish between readdir and read while Firefox moves the .part into place
  // (seen once in CI under load: ENOENT): that is "not done yet", not a failure.
  const readIfThere = (path: string) => {
    try {
      return readFileSync(path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return '';
      throw e;
    }
  };

  async function newFile(ext: string, before: string[]): Promise<string> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      // Firefox reserves the final name with an empty file at once and writes into a .part file
      // beside it: the download is done when no .part is left and the file has its content.
      const names = readdirSync(downloads);
      const found = names.filter((f) => f.endsWith(ext) && !before.includes(f));
      const text = found.length && !names.some((f) => f.endsWith('.part')) ? readIfThere(join(downloads, found[0]!)) : '';
      if (text) return text;
      if (Date.now() > deadline) throw new Error(`no ${ext} in ${downloads}: ${readdirSync(downloads).join(', ')}`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  it('saves from popups on real pages, and the library lists them newest first', async () => {
    for (const slug of SLUGS) {
      const url = server!.corpusUrl(slug);
      await openTab(url);
      const popup = await openExtensionPage(`popup.html?tabId=${await tabIdOf(url)}`);
      await bidi.waitFor(popup, `document.querySelector('main')?.dataset.state === 'ready'`, 30_000);
      // The first button whose accessible name starts with "Save" (the contract).
      await bidi.waitFor(popup, `[...document.querySelectorAll('button')].some((b) => b.textContent.startsWith('Save') && !b.disabled)`);
      const shown = await bidi.evaluate<{ title: string; items: string[] }>(popup, `({
        title: document.querySelector('h1').textContent.trim(),
        items: [...document.querySelectorAll('section[aria-label="Key takeaways"] > ul > li')].map((li) => li.textContent.trim()),
      })`);
      await bidi.evaluate(popup, `([...document.querySelectorAll('button')].find((b) => b.textContent.startsWith('Save')).click(), true)`);
      await bidi.waitFor(popup, `[...document.querySelectorAll('button')].some((b) => b.textContent === 'Saved')`);
      saved.push({ ...shown, url });
      await bidi.send('browsingContext.close', { context: popup });
    }
    library = await openExtensionPage('library.html');
    await bidi.waitFor(library, `document.querySelector('main')?.dataset.state === 'ready'`);
    expect(await entryTitles(library)).toEqual(saved.map((s) => s.title).reverse());
    const items = await bidi.evaluate<string[]>(library, `[...document.querySelectorAll('.ns-entry')].at(-1).querySelectorAll('.ns-entry-items li').values().map((li) => li.textContent.trim()).toArray()`);
    expect(items).toEqual(saved[0]!.items);
    const stored = await bidi.evaluate<string[]>(control, `browser.storage.local.get(null).then((all) => Object.keys(all).filter((k) => k.startsWith('saved:')))`);
    expect(stored).toHaveLength(SLUGS.length);
  });

  it('search finds an article by a word of its takeaways, highlighted', async () => {
    const word = saved[1]!.items.join(' ').split(/\W+/).filter((w) => w.length >= 7).sort((a, b) => b.length - a.length)[0]!;
    const others = saved[0]!.items.join(' ').toLowerCase() + saved[0]!.title.toLowerCase();
    expect(others).not.toContain(word.toLowerCase()); // a word only the second article has
    await bidi.evaluate(library, `(() => {
      const input = document.querySelector('input[type=search]');
      input.focus();
      input.value = ${JSON.stringify(word.toLowerCase())};
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return true;
    })()`);
    await bidi.waitFor(library, `document.querySelectorAll('.ns-entry').length === 1`);
    expect(await entryTitles(library)).toEqual([saved[1]!.title]);
    const marks = await bidi.evaluate<string[]>(library, `[...document.querySelectorAll('mark')].map((m) => m.textContent.toLowerCase())`);
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set([word.toLowerCase()]));
    expect(await bidi.evaluate<string>(library, `document.querySelector('.ns-library-count').textContent`)).toBe(`1 of ${SLUGS.length} saved articles`);
  });

  it('exports the filtered set and then everything as Markdown, and everything as JSON, through real downloads', async () => {
    const click = (name: string) => bidi.evaluate(library, `([...document.querySelectorAll('button')].find((b) => b.textContent === ${JSON.stringify(name)}).click(), true)`);
    let before = readdirSync(downloads);
    await click('Export Markdown');
    const filtered = await newFile('.md', before);
    const front = (text: string) => parseYaml(text.split('---\n')[1]!) as { title: string; exported: string; count: number; tags: string[] };
    expect(front(filtered)).toMatchObject({ title: 'Nutshell takeaways (filtered)', count: 1, tags: ['nutshell'] });
    expect(filtered).toContain(`## [${saved[1]!.title}](<${saved[1]!.url}>)`);

    await bidi.evaluate(library, `(() => {
      const input = document.querySelector('input[type=search]');
      input.value = '';
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return true;
    })()`);
    await bidi.waitFor(library, `document.querySelectorAll('.ns-entry').length === ${SLUGS.length}`);
    before = readdirSync(downloads);
    await click('Export Markdown');
    const all = await newFile('.md', before);
    expect(front(all)).toMatchObject({ title: 'Nutshell takeaways', count: SLUGS.length, tags: ['nutshell'] });
    expect(Number.isNaN(Date.parse(front(all).exported))).toBe(false);
    for (const s of saved) {
      expect(all).toContain(`## [${s.title}](<${s.url}>)`);
      expect(bullets(all)).toEqual(expect.arrayContaining(s.items)); // as a CommonMark reader sees them
    }
    expect(all.match(/^---$/gm)).toHaveLength(2); // front matter once, at the top

    before = readdirSync(downloads);
    await click('Export JSON');
    const json = JSON.parse(await newFile('.json', before)) as { format: string; version: number; count: number; entries: { record: { url: string; takeaways: { items: string[] } }; body?: { html: string } }[] };
    expect(json.count).toBe(SLUGS.length);
    expect(json.entries.map((e) => e.record.url).sort()).toEqual(saved.map((s) => s.url).sort());
    for (const s of saved) expect(json.entries.find((e) => e.record.url === s.url)!.record.takeaways.items).toEqual(s.items);
    expect(json.entries.every((e) => typeof e.body?.html === 'string' && e.body.html.length > 500)).toBe(true);
  });
});

/** The text of every list item, as a CommonMark parser reads the file (escapes undone). */
function bullets(markdown: string): string[] {
  const walker = new Parser().parse(markdown).walker();
  const out: string[] = [];
  let text: string | null = null;
  for (let step = walker.next(); step; step = walker.next()) {
    const { node, entering } = step;
    if (node.type === 'item') {
      if (entering) {
        text = '';
      } else {
        out.push(text!);
        text = null;
      }
    } else if (text !== null && entering && (node.type === 'text' || node.type === 'code')) text += node.literal ?? '';
    else if (text !== null && entering && node.type === 'softbreak') text += ' ';
  }
  return out;
}
