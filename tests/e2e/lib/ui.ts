// Reading the Nutshell UI the way a user sees it (the DOM contract in the brief), and screenshots.
import type { Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { projectRoot } from './server';

export const screenshotDir = resolve(projectRoot, 'out/screenshots');

/** Waits until <main data-state> leaves "loading". A hang shows up as this timing out. */
export async function settledState(page: Page, timeout = 45_000): Promise<'ready' | 'error'> {
  const main = page.locator('main[data-state="ready"], main[data-state="error"]');
  await main.waitFor({ state: 'attached', timeout });
  return (await main.getAttribute('data-state')) as 'ready' | 'error';
}

export interface RenderedArticle {
  title: string;
  byline: string | null;
  meta: string | null;
  dir: string | null;
  lang: string | null;
  bodyText: string;
  takeaways: { source: string | null; items: string[]; text: string };
}

export async function readArticle(page: Page): Promise<RenderedArticle> {
  const state = await settledState(page);
  if (state !== 'ready') {
    const alert = await page.locator('[role=alert]').first().textContent().catch(() => null);
    throw new Error(`expected data-state=ready, got ${state}: ${alert ?? '(no alert)'}`);
  }
  return page.evaluate(collectArticle);
}

/**
 * Runs IN the page: reads the ready view. Exported so raw-CDP targets (the real popup) can run it
 * as `(${collectArticle})()`. No named helpers inside: tsx (the demo) would wrap them in an
 * __name() call that does not exist in the page.
 */
export function collectArticle(): RenderedArticle {
  const body = document.querySelector('article.ns-body');
  const box = document.querySelector('section[aria-label="Key takeaways"]');
  return {
    title: document.querySelector('h1')?.textContent?.trim() ?? '',
    byline: document.querySelector('.ns-byline')?.textContent?.trim() ?? null,
    meta: document.querySelector('.ns-meta')?.textContent?.trim() ?? null,
    dir: body?.getAttribute('dir') ?? null,
    lang: body?.getAttribute('lang') ?? null,
    bodyText: body?.textContent ?? '',
    takeaways: {
      source: box?.getAttribute('data-source') ?? null,
      items: [...(box?.querySelectorAll('ul > li') ?? [])].map((li) => li.textContent!.trim()),
      text: box?.textContent?.trim() ?? '',
    },
  };
}

/** The error view's kind and message (asserts the state really is "error"). */
export async function readError(page: Page): Promise<{ kind: string | null; message: string }> {
  const state = await settledState(page);
  if (state !== 'error') throw new Error(`expected data-state=error, got ${state}`);
  const alert = page.locator('main [role=alert][data-kind]');
  return { kind: await alert.getAttribute('data-kind'), message: (await alert.textContent())?.trim() ?? '' };
}

export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const path = resolve(screenshotDir, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}
