// Saving takeaways: one chrome.storage.local key per article ("saved:<url>", its clean copy under
// "body:<url>"), read back for real.
import { afterEach, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { MESSAGES } from '../../src/core/messages';
import { extensionSession } from './lib/session';
import { readArticle, screenshot } from './lib/ui';

const session = extensionSession();

// Each test starts from empty storage so counts and shapes are exact.
afterEach(async () => {
  await session.browser.inExtension((chrome) => chrome.storage.local.clear());
});

const saveButton = (popup: Page) => popup.getByRole('button', { name: 'Save takeaways' });

async function openAndSave(slug: string) {
  const url = session.server.corpusUrl(slug);
  const { tabId } = await session.browser.openTab(url);
  const popup = await session.browser.openPopup(tabId);
  const article = await readArticle(popup);
  await saveButton(popup).click();
  return { url, popup, article };
}

/** A successful save: the button says "Saved" and a status line says so too. */
async function expectSavedUi(popup: Page) {
  await popup.getByRole('button', { name: 'Saved' }).waitFor({ timeout: 10_000 });
  await expect.poll(async () => (await popup.locator('[role=status]').allTextContents()).join(' ')).toMatch(/saved/i);
}

describe('save', () => {
  test('Save persists one record with the documented shape', async () => {
    const started = Date.now();
    const { url, popup, article } = await openAndSave('firefox-nightly-blog');
    await expectSavedUi(popup);
    const finished = Date.now();
    await screenshot(popup, 'popup-saved');
    const stored = await session.browser.storage();
    expect(Object.keys(stored).sort()).toEqual([`body:${url}`, `saved:${url}`]);
    const record = stored[`saved:${url}`] as Record<string, unknown>;
    expect(record).toEqual({
      version: 2,
      url,
      title: article.title,
      site: 'Firefox Nightly News',
      savedAt: expect.any(String),
      updatedAt: record.savedAt,
      takeaways: { source: 'page', items: article.takeaways.items, edited: false },
      note: '',
      hasBody: true,
      previous: null,
    });
    expect((stored[`body:${url}`] as { html: string }).html.length).toBeGreaterThan(1000);
    const savedAt = Date.parse(record.savedAt as string);
    expect(new Date(savedAt).toISOString()).toBe(record.savedAt); // a real ISO string
    // Browser and test read the same system clock: the save happened between click and "Saved".
    expect(savedAt).toBeGreaterThanOrEqual(started);
    expect(savedAt).toBeLessThanOrEqual(finished);
    await popup.close();
  });

  test('a page saved earlier opens as Saved from storage, and nothing is replaced unseen (issue 9, bug 2)', async () => {
    const { url, popup } = await openAndSave('nytimes-1');
    await expectSavedUi(popup);
    const first = (await session.browser.storage())[`saved:${url}`];
    // A fresh popup for the same tab: the state comes from storage, no second Save needed.
    await popup.reload();
    await readArticle(popup);
    await expectSavedUi(popup);
    expect(await saveButton(popup).count()).toBe(0);
    const stored = await session.browser.storage();
    expect(Object.keys(stored).filter((k) => k.startsWith('saved:'))).toEqual([`saved:${url}`]);
    expect(stored[`saved:${url}`]).toEqual(first);
    await popup.close();
  });

  test('an earlier save with other items is shown, not replaced, until Update (previous kept)', async () => {
    const url = session.server.corpusUrl('nytimes-1');
    const old = { version: 1, url, title: 'Old title', site: 'old', savedAt: '2020-01-01T00:00:00.000Z', takeaways: { source: 'page', items: ['Old item.'] } };
    await session.browser.inExtension((chrome, record) => chrome.storage.local.set({ [`saved:${record.url}`]: record }), old);
    const { tabId } = await session.browser.openTab(url);
    const popup = await session.browser.openPopup(tabId);
    const article = await readArticle(popup);
    await popup.getByText('Old item.').waitFor({ timeout: 10_000 });
    expect(await saveButton(popup).count()).toBe(0);
    expect((await session.browser.storage())[`saved:${url}`]).toEqual(old);
    await popup.getByRole('button', { name: 'Update saved takeaways' }).click();
    await expectSavedUi(popup);
    const record = (await session.browser.storage())[`saved:${url}`] as { title: string; takeaways: { items: string[] }; previous: { takeaways: { items: string[] } } };
    expect(record.title).toBe(article.title);
    expect(record.takeaways.items).toEqual(article.takeaways.items);
    expect(record.previous.takeaways.items).toEqual(['Old item.']);
    await popup.close();
  });

  test('two popups saving two articles at the same moment both persist', async () => {
    const urls = [session.server.corpusUrl('firefox-nightly-blog'), session.server.corpusUrl('nytimes-1')];
    const popups: Page[] = [];
    for (const url of urls) {
      const { tabId } = await session.browser.openTab(url);
      const popup = await session.browser.openPopup(tabId);
      await readArticle(popup);
      popups.push(popup);
    }
    await Promise.all(popups.map((p) => saveButton(p).click()));
    await Promise.all(popups.map(expectSavedUi));
    const stored = await session.browser.storage();
    expect(Object.keys(stored).filter((k) => k.startsWith('saved:')).sort()).toEqual(urls.map((u) => `saved:${u}`).sort());
    await Promise.all(popups.map((p) => p.close()));
  });

  test('storage full: Save shows an alert and keeps the takeaways on screen', async () => {
    const url = session.server.corpusUrl('nytimes-1');
    const { tabId } = await session.browser.openTab(url);
    const popup = await session.browser.openPopup(tabId);
    const article = await readArticle(popup);
    // Fill chrome.storage.local (10 MB without unlimitedStorage) with junk until not even 64 bytes fit.
    const junkKeys = await session.browser.inExtension(async (chrome) => {
      let size = 1024 * 1024;
      let n = 0;
      while (size >= 64) {
        try {
          await chrome.storage.local.set({ [`junk:${n}`]: 'x'.repeat(size) });
          n++;
        } catch {
          size = Math.floor(size / 2);
        }
      }
      return n;
    });
    expect(junkKeys).toBeGreaterThan(8); // ~10 MB really was written

    await saveButton(popup).click();
    const section = popup.locator('section[aria-label="Key takeaways"]');
    const alert = section.locator('[role=alert]');
    await alert.waitFor({ timeout: 10_000 });
    await screenshot(popup, 'popup-storage-full');
    // Chromium's real quota error, recognised and put in words.
    expect(await alert.textContent()).toBe(MESSAGES.storageFull);
    // Nothing lost on screen, nothing claimed.
    expect(await section.locator('ul > li').allTextContents().then((t) => t.map((s) => s.trim()))).toEqual(
      article.takeaways.items,
    );
    expect(await popup.getByRole('button', { name: 'Saved' }).count()).toBe(0);
    expect(Object.keys(await session.browser.storage())).not.toContain(`saved:${url}`);
    await popup.close();
  });
});
