// A page stuffed with script vectors inside the article: the popup and the reader must render the
// text and run none of it. The page's own top-level script sets a flag on ITS window (proving the
// vectors are live); the extension pages must never get that flag.
import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { PWNED } from './lib/pages';
import { extensionSession } from './lib/session';
import { readArticle, screenshot } from './lib/ui';

const session = extensionSession();

async function assertInert(view: Page, dialogs: string[]) {
  const article = await readArticle(view);
  expect(article.title).toContain('Council row over buses');
  expect(article.bodyText).toContain('Little Harwick');
  // Give onerror/onload/autofocus/ontoggle handlers every chance to fire, and hover the hover trap.
  await view.locator('article.ns-body p', { hasText: 'Hover me.' }).hover().catch(() => undefined);
  await view.waitForTimeout(500);

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
  test('the page itself runs its scripts (the trap is live)', async () => {
    const { page } = await session.browser.openTab(session.server.pageUrl('hostile'));
    await page.waitForLoadState('load');
    const flags = await page.evaluate((flag) => (window as unknown as Record<string, unknown>)[flag], PWNED);
    expect(flags).toEqual(expect.arrayContaining([0, 1]));
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
