// A page stuffed with script vectors inside the article: the popup and the reader must render the
// text and run none of it. On the page itself every numbered vector fires and adds its number to a
// flag on ITS window (proving each one is live); the extension pages must never get that flag.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { hostileVectors, PWNED } from './lib/pages';
import { extensionSession } from './lib/session';
import { readArticle, screenshot } from './lib/ui';

const session = extensionSession();

async function assertInert(view: Page, dialogs: string[]) {
  const article = await readArticle(view);
  expect(article.title).toContain('Council row over buses');
  expect(article.bodyText).toContain('Little Harwick');
  // Do what the live page needed to fire its traps: hover and click the trap paragraph (it must be
  // there: a missing target would make this check pass for nothing).
  const trap = view.locator('article.ns-body p', { hasText: 'Hover me.' });
  expect(await trap.count()).toBe(1);
  await trap.hover();
  await trap.click();
  // Then wait until every load-triggered handler would have run: each image, video and audio in
  // the body has finished (loaded or failed), then a frame and a task for their queued events.
  await view.waitForFunction(() =>
    [...document.querySelectorAll('article.ns-body img')].every((img) => (img as HTMLImageElement).complete) &&
    [...document.querySelectorAll('article.ns-body video, article.ns-body audio')].every(
      (m) => (m as HTMLMediaElement).networkState !== HTMLMediaElement.NETWORK_LOADING,
    ),
  );
  await view.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0)))));

  const report = await view.evaluate((flag) => {
    const body = document.querySelector('article.ns-body')!;
    const all = [...body.querySelectorAll('*')];
    return {
      pwned: (window as unknown as Record<string, unknown>)[flag] ?? null,
      handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName}@${a.name}`)),
      // URL-bearing attributes only (CSS url(javascript:) in a style attribute never runs).
      jsUrls: all.flatMap((el) =>
        [...el.attributes]
          .filter((a) => /^(href|src|srcdoc|action|formaction|data|poster|background|xlink:href|ping)$/i.test(a.name))
          .filter((a) => /javascript:/i.test(a.value))
          .map((a) => `${el.tagName}@${a.name}`),
      ),
      dangerous: [...body.querySelectorAll('script, iframe, object, embed, frame, frameset, base, meta, link')].map((el) => el.tagName),
      links: [...body.querySelectorAll('a[href]')].map((a) => ({
        href: a.getAttribute('href'),
        target: a.getAttribute('target'),
        rel: (a.getAttribute('rel') ?? '').split(/\s+/).sort().join(' '),
      })),
      formActions: [...body.querySelectorAll('form, button, input')].map((el) => el.getAttribute('action') ?? el.getAttribute('formaction')),
    };
  }, PWNED);

  expect(report.pwned).toBeNull();
  expect(dialogs).toEqual([]);
  expect(report.handlers).toEqual([]);
  expect(report.jsUrls).toEqual([]);
  expect(report.dangerous).toEqual([]);
  expect(report.formActions.filter((a) => a && /javascript:/i.test(a))).toEqual([]);
  // The safe link survives and opens in a new tab without handing over window.opener.
  expect(report.links).toContainEqual({ href: 'https://example.org/report', target: '_blank', rel: 'noopener noreferrer' });
  for (const link of report.links) {
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noopener noreferrer');
  }
}

describe('hostile page', () => {
  test('on the page itself every vector runs (each trap is live)', async () => {
    const vectors = hostileVectors();
    expect(vectors).toEqual(Array.from({ length: vectors.length }, (_, i) => i)); // numbered 0..n-1, none lost
    const { page } = await session.browser.openTab(session.server.pageUrl('hostile'));
    page.on('dialog', (d) => void d.dismiss());
    await page.waitForLoadState('load');
    // The vectors that need a user: hover and click, two javascript: links, a formaction button, a submit.
    await page.hover('text=Hover me.');
    await page.click('text=Hover me.');
    await page.click('#js-link');
    await page.click('#mixed-case-link');
    await page.click('form button');
    await page.evaluate(() => document.querySelector('form')!.submit());
    const fired = () =>
      page.evaluate((flag) => [...new Set((window as unknown as Record<string, number[]>)[flag] ?? [])].sort((a, b) => a - b), PWNED);
    await expect.poll(fired, { timeout: 15_000 }).toEqual(vectors);
    await page.close();
  });

  for (const view of ['popup', 'reader'] as const) {
    test(`${view}: renders the article with no script executed and no handler or javascript: URL left`, async () => {
      const { tabId } = await session.browser.openTab(session.server.pageUrl('hostile'));
      const page = view === 'popup' ? await session.browser.openPopup(tabId) : await session.browser.openReader(tabId);
      const dialogs: string[] = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      });
      await assertInert(page, dialogs);
      await screenshot(page, `${view}-hostile`);
      await page.close();
    });
  }
});
