// The full-tab reader (reader.html?tabId=N, 1280×900) renders the same article as the popup.
import { describe, expect, test } from 'vitest';
import { extensionSession } from './lib/session';
import { readArticle, screenshot } from './lib/ui';

const session = extensionSession();

describe('reader page', () => {
  const cases = [
    { slug: 'firefox-nightly-blog', title: 'These Weeks in Firefox: Issue 85', source: 'page', items: 9 },
    { slug: 'nytimes-1', title: 'United States to Lift Sudan Sanctions', source: 'local', items: 3 },
  ];
  for (const { slug, title, source, items } of cases) {
    test(`${slug}: reader.html?tabId renders what the popup renders`, async () => {
      const { tabId } = await session.browser.openTab(session.server.corpusUrl(slug));
      const reader = await session.browser.openReader(tabId);
      const inReader = await readArticle(reader);
      await screenshot(reader, `reader-${slug}`);
      await screenshot(reader, `reader-${slug}-full`, true);
      const popup = await session.browser.openPopup(tabId);
      const inPopup = await readArticle(popup);

      expect(inReader.title).toBe(title);
      expect(inReader.bodyText.length).toBeGreaterThan(2000);
      expect(inReader.takeaways.items).toHaveLength(items);
      expect(inReader.takeaways.source).toBe(source);
      // Same extraction, same takeaways, whichever page shows it.
      expect(inReader.title).toBe(inPopup.title);
      // (Only the items: the popup's box may add its own controls, such as "Show all".)
      expect(inReader.takeaways.source).toBe(inPopup.takeaways.source);
      expect(inReader.takeaways.items).toEqual(inPopup.takeaways.items);
      expect(inReader.bodyText).toBe(inPopup.bodyText);
      await Promise.all([reader.close(), popup.close()]);
    });
  }

  test('a reload extracts the page again (fresh on each load)', async () => {
    const { page, tabId } = await session.browser.openTab(session.server.corpusUrl('nytimes-1'));
    const reader = await session.browser.openReader(tabId);
    const before = await readArticle(reader);
    // Navigate the source tab to another article: the reader must show the new one after a reload.
    await page.goto(session.server.corpusUrl('firefox-nightly-blog'), { waitUntil: 'domcontentloaded' });
    await reader.reload();
    const after = await readArticle(reader);
    expect(after.title).not.toBe(before.title);
    expect(after.title).toContain('These Weeks in Firefox');
    await reader.close();
  });

  test('rtl-1: dir="rtl" in the reader too', async () => {
    const { tabId } = await session.browser.openTab(session.server.corpusUrl('rtl-1'));
    const reader = await session.browser.openReader(tabId);
    const article = await readArticle(reader);
    await screenshot(reader, 'reader-rtl-1');
    expect(article.dir).toBe('rtl');
    await reader.close();
  });
});
