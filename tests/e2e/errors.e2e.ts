// Pages Nutshell can't (or shouldn't) read: every one must end in a typed, human message —
// never a blank popup or an endless spinner.
import { describe, expect, test } from 'vitest';
import { MAX_ELEMENTS } from '../../src/core/extract-article';
import { MESSAGES } from '../../src/core/messages';
import { extensionSession } from './lib/session';
import { readArticle, readError, screenshot, settledState } from './lib/ui';

const session = extensionSession();

/** Opens url through chrome.tabs.create (Playwright can't always see browser pages' tab ids). */
async function createTab(url: string): Promise<number> {
  const tab = await session.browser.inExtension((chrome, u) => chrome.tabs.create({ url: u, active: false }), url);
  // Wait until it has loaded (chrome://newtab redirects), so we test the page, not the navigation.
  await expect
    .poll(() => session.browser.inExtension((chrome, id) => chrome.tabs.get(id).then((t) => t.status), tab.id!), { timeout: 20_000 })
    .toBe('complete');
  return tab.id!;
}

describe('not readerable', () => {
  // A click is a request (issue 11): Readability always runs, and only a result that is not an
  // article by the measured rule (here: a handful of words) is turned down, saying what was found.
  test('a short sign-in page says not-readerable with what was found; "Show anyway" shows it, with an empty takeaways box', async () => {
    const { tabId } = await session.browser.openTab(session.server.pageUrl('not-an-article'));
    const popup = await session.browser.openPopup(tabId);
    const error = await readError(popup);
    await screenshot(popup, 'popup-not-readerable');
    expect(error.kind).toBe('not-readerable');
    expect(error.message).toMatch(/doesn't look like an article: Nutshell found \d+ words?, too little text to read/);
    await popup.getByRole('button', { name: 'Show anyway' }).click();
    // The forced run replaces the not-readerable message with what little the page has: Readability
    // keeps the links and the label (it drops the form's button), and nothing there is a takeaway.
    await popup.locator('[data-kind="not-readerable"]').waitFor({ state: 'detached', timeout: 30_000 });
    expect(await settledState(popup)).toBe('ready');
    expect((await readArticle(popup)).bodyText).toMatch(/Email/);
    const box = popup.locator('section[aria-label="Key takeaways"]');
    expect(await box.locator('li').count()).toBe(0);
    await expect.poll(() => box.locator('.ns-empty').textContent()).toMatch(/no sentences/);
    expect(await popup.getByRole('button', { name: 'Save takeaways' }).count()).toBe(0);
    await screenshot(popup, 'popup-show-anyway');
    await popup.close();
  });

  test('corpus mozilla-2 (isProbablyReaderable: false) is read on the click, no "Show anyway" needed', async () => {
    const { tabId } = await session.browser.openTab(session.server.corpusUrl('mozilla-2'));
    const popup = await session.browser.openPopup(tabId);
    expect(await settledState(popup)).toBe('ready');
    const article = await readArticle(popup);
    expect(article.title).toContain('Firefox Developer Edition');
    expect(article.bodyText.length).toBeGreaterThan(200);
    expect(await popup.getByRole('button', { name: 'Show anyway' }).count()).toBe(0);
    await popup.close();
  });
});

describe('restricted pages', () => {
  for (const url of ['chrome://version/', 'chrome://newtab/', 'chrome://extensions/']) {
    test(`${url} → restricted`, async () => {
      const popup = await session.browser.openPopup(await createTab(url));
      const error = await readError(popup);
      if (url === 'chrome://version/') await screenshot(popup, 'popup-restricted');
      expect(error).toMatchObject({ kind: 'restricted', message: expect.stringMatching(/browser|extension/i) });
      await popup.close();
    });
  }

  test('a chrome-extension:// page → restricted', async () => {
    const popup = await session.browser.openPopup(await createTab(`chrome-extension://${session.browser.extensionId}/manifest.json`));
    expect((await readError(popup)).kind).toBe('restricted');
    await popup.close();
  });
});

describe('other failures', () => {
  test('a tab id that does not exist → no-tab', async () => {
    const popup = await session.browser.openPopup(987_654_321);
    const error = await readError(popup);
    expect(error.kind).toBe('no-tab');
    expect(error.message).toContain(MESSAGES.tabGone);
    await popup.close();
  });

  test(`a page above MAX_ELEMENTS (${MAX_ELEMENTS.toLocaleString('en')}) → too-large, with its element count`, async () => {
    const { tabId } = await session.browser.openTab(session.server.pageUrl('huge'));
    const popup = await session.browser.openPopup(tabId);
    const error = await readError(popup);
    await screenshot(popup, 'popup-huge');
    expect(error.kind).toBe('too-large');
    // 25,000 rows of 8 elements, and 13 for the page around them.
    expect(error.message).toContain(MESSAGES.tooManyElements(200_013, MAX_ELEMENTS));
    await popup.close();
  });

  test('a page just under MAX_ELEMENTS → the article', async () => {
    const { tabId } = await session.browser.openTab(session.server.pageUrl('below-limit'));
    const popup = await session.browser.openPopup(tabId);
    const article = await readArticle(popup);
    expect(article.title).toBe('Huge table page');
    expect(article.bodyText).toContain('Paragraph 6. The town council of Little Harwick');
    await popup.close();
  });
});
