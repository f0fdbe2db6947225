// The library end to end in Chromium (test build): saves from several tabs at once, listed in
// library.html; search by a word of a takeaway; an edit in the reader shows in the open library at
// once; delete with Undo; Markdown and JSON exports read back from the downloaded files; the JSON
// imported into a fresh profile; a saved article read in the reader after its server is gone; one
// real storage.sync round trip.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { parse as parseYaml } from 'yaml';
import { afterAll, describe, expect, test } from 'vitest';
import { launchWithExtension, READER_VIEWPORT, type ExtensionBrowser } from './lib/chromium';
import { extensionSession } from './lib/session';
import { readArticle, screenshot } from './lib/ui';

const session = extensionSession();
const SLUGS = ['firefox-nightly-blog', 'nytimes-1', 'guardian-1'];
let library: Page;
let jsonPath = '';
const titles: string[] = [];
const fresh: { browser?: ExtensionBrowser } = {};
afterAll(async () => fresh.browser?.close());

async function openLibrary(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(READER_VIEWPORT);
  await page.goto(`chrome-extension://${browser.extensionId}/library.html`);
  await page.locator('main[data-state="ready"]').waitFor({ timeout: 20_000 });
  return page;
}

const entries = (page: Page) => page.locator('article.ns-entry');

describe('library', () => {
  test('empty, then saves from three tabs at once all appear, newest first', async () => {
    library = await openLibrary(session.browser);
    await expect.poll(() => library.getByText('Nothing saved yet').count()).toBe(1);
    await screenshot(library, 'library-empty');
    const popups: Page[] = [];
    for (const slug of SLUGS) {
      const { tabId } = await session.browser.openTab(session.server.corpusUrl(slug));
      const popup = await session.browser.openPopup(tabId);
      const article = await readArticle(popup);
      titles.push(article.title);
      popups.push(popup);
    }
    await Promise.all(popups.map((p) => p.getByRole('button', { name: /^Save/ }).first().click()));
    await Promise.all(popups.map((p) => p.getByRole('button', { name: 'Saved' }).waitFor({ timeout: 10_000 })));
    // The open library hears the saves through storage.onChanged: no reload.
    await expect.poll(() => entries(library).count(), { timeout: 10_000 }).toBe(3);
    const shown = await library.locator('.ns-entry-title').allTextContents();
    expect(shown.sort()).toEqual([...titles].sort());
    await screenshot(library, 'library-3-articles', true);
    await Promise.all(popups.map((p) => p.close()));
  });

  test('search finds an article by a word of its takeaways, highlighted', async () => {
    const items = await library.locator('article.ns-entry').nth(1).locator('.ns-entry-items li').allTextContents();
    const word = items.join(' ').split(/\W+/).filter((w) => w.length >= 7).sort((a, b) => b.length - a.length)[0]!;
    const search = library.getByRole('searchbox', { name: 'Search saved takeaways' });
    await search.pressSequentially(word.toLowerCase(), { delay: 20 });
    await expect.poll(() => entries(library).count()).toBeLessThan(3);
    expect(await entries(library).count()).toBeGreaterThan(0);
    const marks = await library.locator('mark').allTextContents();
    expect(marks.map((m) => m.toLowerCase())).toContain(word.toLowerCase());
    await screenshot(library, 'library-searching');
    await search.fill('zzzz-no-such-word');
    await expect.poll(() => library.getByText('No saved takeaways match.').count()).toBe(1);
    await search.fill('');
    await expect.poll(() => entries(library).count()).toBe(3);
  });

  test('an edit in the reader shows in the open library at once', async () => {
    const url = session.server.corpusUrl('nytimes-1');
    const tabId = await session.browser.tabIdOf(url);
    const reader = await session.browser.openReader(tabId);
    await readArticle(reader);
    await reader.getByRole('button', { name: 'Edit takeaways' }).click();
    await reader.getByRole('textbox', { name: 'Takeaway 1' }).fill('My own first takeaway, edited in the reader.');
    await reader.getByRole('button', { name: 'Add a takeaway' }).click();
    await reader.getByRole('textbox', { name: 'Takeaway 4' }).fill('An item I added.');
    await reader.getByRole('textbox', { name: 'Note' }).fill('Read again on Friday.');
    await reader.getByRole('button', { name: 'Done editing' }).click();
    const box = reader.locator('section[aria-label="Key takeaways"]');
    await expect.poll(() => box.getAttribute('data-edited')).toBe('');
    expect((await box.locator('ul > li').allTextContents())[0]).toBe('My own first takeaway, edited in the reader.');
    await expect.poll(() => library.getByText('My own first takeaway, edited in the reader.').count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => library.getByText('Read again on Friday.').count()).toBe(1);
    expect(await library.getByText('key sentences, edited').count()).toBe(1);
    await reader.close();
  });

  test('delete waits for its Undo toast; Undo brings it back', async () => {
    const first = entries(library).first();
    const title = await first.locator('.ns-entry-title').textContent();
    await first.getByRole('button', { name: /^Delete/ }).click();
    await library.getByRole('button', { name: 'Undo' }).waitFor();
    await expect.poll(() => entries(library).count()).toBe(2);
    expect(Object.keys(await session.browser.storage()).filter((k) => k.startsWith('saved:'))).toHaveLength(3);
    await library.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => entries(library).count()).toBe(3);
    expect(await entries(library).first().locator('.ns-entry-title').textContent()).toBe(title);
  });

  test('exports Markdown and JSON as downloaded files', async () => {
    const [md] = await Promise.all([library.waitForEvent('download'), library.getByRole('button', { name: 'Export Markdown' }).click()]);
    const text = readFileSync((await md.path())!, 'utf8');
    expect(md.suggestedFilename()).toMatch(/^nutshell-takeaways-\d{4}-\d\d-\d\d\.md$/);
    const front = /^---\n([\s\S]*?)\n---\n/.exec(text);
    expect(parseYaml(front![1]!)).toMatchObject({ count: 3, tags: ['nutshell'], title: 'Nutshell takeaways' });
    expect(text.match(/^## \[/gm)).toHaveLength(3);
    expect(text).toMatch(/^> Read again on Friday\.$/m);
    expect(text).toMatch(/^- My own first takeaway, edited in the reader\.$/m);
    const [json] = await Promise.all([library.waitForEvent('download'), library.getByRole('button', { name: 'Export JSON' }).click()]);
    jsonPath = (await json.path())!;
    const file = JSON.parse(readFileSync(jsonPath, 'utf8'));
    expect(file).toMatchObject({ format: 'nutshell-library', version: 1, count: 3 });
    expect(file.entries.every((e: { body?: { html: string } }) => e.body && e.body.html.length > 500)).toBe(true);
  });

  test('one real storage.sync round trip when sync is turned on', async () => {
    await library.getByRole('checkbox', { name: 'Sync saved takeaways' }).check();
    await expect.poll(() => library.locator('.ns-tools [role=status]').textContent(), { timeout: 15_000 }).toMatch(/Syncing 3 articles/);
    const synced = await session.browser.inExtension((chrome) => chrome.storage.sync.get(null));
    const keys = Object.keys(synced).filter((k) => k.startsWith('saved:'));
    expect(keys).toHaveLength(3);
    expect(Object.values(synced).every((r) => (r as { hasBody?: boolean }).hasBody === false)).toBe(true);
  });

  test('import into a fresh profile restores the library; a saved article reads after its server stops', async () => {
    fresh.browser = await launchWithExtension();
    const other = await openLibrary(fresh.browser);
    await other.locator('input[type=file]').setInputFiles(jsonPath);
    await expect.poll(() => other.locator('.ns-tools [role=status]').textContent(), { timeout: 15_000 }).toBe('Imported: 3 added, 0 updated, 0 skipped.');
    await expect.poll(() => entries(other).count()).toBe(3);
    await other.locator('.ns-tools input[type=file]').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"bookmarks":[]}') });
    await expect.poll(() => other.locator('.ns-tools [role=alert]').textContent()).toMatch(/not a Nutshell library export.*Nothing was changed/);
    await session.server.close();
    const read = entries(other).filter({ hasText: titles[0]! }).getByRole('link', { name: 'Read' });
    await read.click();
    await other.locator('main[data-state="ready"]').waitFor({ timeout: 20_000 });
    expect(await other.locator('h1').first().textContent()).toBe(titles[0]);
    expect((await other.locator('article.ns-body').textContent())!.length).toBeGreaterThan(500);
    expect(await other.locator('section[aria-label="Key takeaways"] ul > li').count()).toBeGreaterThan(0);
  });
});
