// The popup (popup.html?tabId=N, at popup size) on real corpus pages served from 127.0.0.1.
import { describe, expect, test } from 'vitest';
import { extensionSession } from './lib/session';
import { readArticle, screenshot } from './lib/ui';

const session = extensionSession();

async function popupFor(slug: string) {
  const { page: tab, tabId } = await session.browser.openTab(session.server.corpusUrl(slug));
  const popup = await session.browser.openPopup(tabId);
  return { tab, popup, article: await readArticle(popup) };
}

describe('popup', () => {
  test("firefox-nightly-blog: title, byline, body, and the author's Highlights as takeaways", async () => {
    const { popup, article } = await popupFor('firefox-nightly-blog');
    await screenshot(popup, 'popup-firefox-nightly-blog');
    expect(article.title).toContain('These Weeks in Firefox: Issue 85');
    expect(article.byline).toContain('Mike Conley');
    expect(article.meta).toContain('Firefox Nightly News');
    expect(article.meta).toMatch(/\d+\s*min/);
    expect(article.bodyText).toContain('Amy Churchwell joins the Search');
    expect(article.takeaways.source).toBe('page');
    // The page's own "Highlights" list: its 9 top-level items, text only, in page order.
    expect(article.takeaways.items).toHaveLength(9);
    expect(article.takeaways.items[0]).toBe('Here’s our Firefox Year in Review!');
    expect(article.takeaways.items[1]).toBe('Here’s our Performance Year in Review!');
    expect(article.takeaways.items[2]).toMatch(/^We’ve just landed Bug 1553982/);
    expect(article.takeaways.items[8]).toBe('DevTools and Marionette are now fully Fission compatible! Congratulations to those teams!');
    await popup.close();
  });

  test('nytimes-1 (no takeaways box): local key sentences taken from the article', async () => {
    const { popup, article } = await popupFor('nytimes-1');
    await screenshot(popup, 'popup-nytimes-1');
    expect(article.title).toBe('United States to Lift Sudan Sanctions');
    expect(article.bodyText.length).toBeGreaterThan(2000);
    expect(article.takeaways.source).toBe('local');
    expect(article.takeaways.items).toHaveLength(3);
    // Each local takeaway is a whole sentence of the body, compared as locate.ts matches it:
    // whitespace-insensitive (inline markup and <br> change spacing, never the words).
    const body = article.bodyText.replace(/\s+/g, '');
    for (const item of article.takeaways.items) expect(body).toContain(item.replace(/\s+/g, ''));
    await popup.close();
  });

  test('every open reads the live page again: a change made without navigating shows up', async () => {
    const { tab, popup, article } = await popupFor('guardian-1');
    expect(article.bodyText).not.toContain('A paragraph added after the first open.');
    await popup.close();
    // The page changes in place (as single-page apps do); the extractor stays injected, the article is re-read.
    await tab.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'A paragraph added after the first open.';
      [...document.querySelectorAll('p')].find((el) => el.textContent?.includes('Whale whisperer'))?.after(p);
    });
    const again = await session.browser.openPopup(await session.browser.tabIdOf(tab.url()));
    expect((await readArticle(again)).bodyText).toContain('A paragraph added after the first open.');
    await again.close();
  });

  test('clicking a local takeaway scrolls the body to its sentence and highlights it', async () => {
    const { popup, article } = await popupFor('nytimes-1');
    const items = popup.locator('section[aria-label="Key takeaways"] li');
    const last = items.nth(article.takeaways.items.length - 1);
    // Keyboard users must reach it too: either the li or a control inside it is focusable.
    const focusable = await last.evaluate(
      (li) => li.tabIndex >= 0 || !!li.querySelector('button, a[href], [tabindex]:not([tabindex="-1"])'),
    );
    expect(focusable).toBe(true);
    await last.click();
    const expected = article.takeaways.items.at(-1)!.replace(/\s+/g, '');
    // The highlight is painted with the CSS Custom Highlight API (no DOM changes): read its ranges.
    const highlighted = () =>
      popup.evaluate(() => {
        const texts: string[] = [];
        CSS.highlights.forEach((h) => h.forEach((r) => texts.push((r as Range).toString())));
        return texts.map((t) => t.replace(/\s+/g, ''));
      });
    await expect.poll(highlighted, { timeout: 10_000 }).toContain(expected);
    // Smooth scrolling: wait until the sentence's block has arrived inside the viewport.
    const inView = () =>
      popup.evaluate(() => {
        const el = document.querySelector('article.ns-body [data-ns-highlight]');
        if (!el) return false;
        const r = el.getBoundingClientRect();
        return r.bottom > 0 && r.top < innerHeight;
      });
    await expect.poll(inView, { timeout: 10_000 }).toBe(true);
    // …because something scrolled (the last sentence is never above the fold at 600 px).
    const scrolled = await popup.evaluate(() => Math.max(...[...document.querySelectorAll('*')].map((e) => e.scrollTop)));
    expect(scrolled).toBeGreaterThan(0);
    // Smooth scrolling may still be running: wait for it to stop before the screenshot.
    let previous = -1;
    await expect.poll(async () => {
      const now = await popup.evaluate(() => document.scrollingElement?.scrollTop ?? 0);
      const still = now === previous;
      previous = now;
      return still;
    }, { interval: 200 }).toBe(true);
    await screenshot(popup, 'popup-nytimes-1-highlight');
    await popup.close();
  });

  test('rtl-1: the article body keeps dir="rtl"', async () => {
    const { popup, article } = await popupFor('rtl-1');
    await screenshot(popup, 'popup-rtl-1');
    expect(article.dir).toBe('rtl');
    expect(article.bodyText).toContain('Lorem ipsum dolor sit amet');
    await popup.close();
  });
});
