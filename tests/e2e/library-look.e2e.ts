// The library page's looks and accessibility in Chromium (test build): empty, with three articles
// saved from real pages, and searching, each in light and dark (the reader's theme follows the
// system by default): axe-core finds no serious or critical violation, and a screenshot of each
// goes to out/screenshots/library-*.png for a person to look at.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { READER_VIEWPORT } from './lib/chromium';
import { extensionSession } from './lib/session';
import { readArticle, screenshot } from './lib/ui';

const session = extensionSession();
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SLUGS = ['firefox-nightly-blog', 'nytimes-1', 'guardian-1'];

async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource); // the CSP blocks addScriptTag
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const { violations } = await axe.run(document);
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
}

async function checkBothSchemes(page: Page, name: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const dark = await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);
    expect(dark).toBe(colorScheme === 'dark');
    expect(await seriousViolations(page), `${name} ${colorScheme}`).toEqual([]);
    await screenshot(page, `${name}-${colorScheme}`);
  }
}

describe('the library looks right and passes axe, light and dark', () => {
  test('empty, three articles, searching', async () => {
    const library = await session.browser.context.newPage();
    await library.setViewportSize(READER_VIEWPORT);
    await library.goto(`chrome-extension://${session.browser.extensionId}/library.html`);
    await library.locator('main[data-state="ready"]').waitFor({ timeout: 20_000 });
    await library.getByText('Nothing saved yet').waitFor();
    // The page uses the reader's palette: a dark scheme paints a dark page.
    await library.emulateMedia({ colorScheme: 'dark' });
    const bg = await library.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const [r, g, b] = bg.match(/\d+/g)!.map(Number);
    expect(r! + g! + b!, bg).toBeLessThan(150);
    await checkBothSchemes(library, 'library-empty');

    for (const slug of SLUGS) {
      const { tabId } = await session.browser.openTab(session.server.corpusUrl(slug));
      const popup = await session.browser.openPopup(tabId);
      await readArticle(popup);
      await popup.getByRole('button', { name: /^Save/ }).first().click();
      await popup.getByRole('button', { name: 'Saved' }).waitFor({ timeout: 10_000 });
      await popup.close();
    }
    await expect.poll(() => library.locator('article.ns-entry').count(), { timeout: 10_000 }).toBe(3);
    await checkBothSchemes(library, 'library-3-articles');

    const word = (await library.locator('article.ns-entry').nth(1).locator('.ns-entry-items li').first().textContent())!
      .split(/\W+/).filter((w) => w.length >= 6).sort((a, b) => b.length - a.length)[0]!;
    await library.getByRole('searchbox', { name: 'Search saved takeaways' }).pressSequentially(word.toLowerCase(), { delay: 20 });
    await expect.poll(() => library.locator('mark').count()).toBeGreaterThan(0);
    await checkBothSchemes(library, 'library-searching');
    await library.close();
  });
});
