// Read aloud end to end in Chromium with the fake speech engine (headless Chromium has no voices and
// this machine no audio): the engine is installed before the app starts by an init script, and
// driven from the test (end and word boundaries fired on demand). What is asserted is what a reader
// sees: the highlighted sentence (CSS.highlights), the bar, the scroll position.
import { beforeAll, describe, expect, test } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { fakeSpeechScript } from './lib/fake-speech-script';
import { extensionSession } from './lib/session';
import { readArticle } from './lib/ui';

const session = extensionSession();
const SCREENS = '/work/notes/screens';
beforeAll(async () => {
  await session.browser.context.addInitScript(fakeSpeechScript());
});

async function openReader(url: string): Promise<Page> {
  const { tabId } = await session.browser.openTab(url);
  const reader = await session.browser.openReader(tabId);
  await readArticle(reader);
  return reader;
}

/** What is being read and shown: the engine's utterance, the painted sentence and word, the bar. */
function state(page: Page) {
  return page.evaluate(() => {
    const fake = (window as unknown as { __fakeSpeech: { current(): { text: string; rate: number } | null; log: unknown[] } }).__fakeSpeech;
    const range = [...(CSS.highlights.get('nutshell-read-aloud') ?? [])][0] as Range | undefined;
    const word = [...(CSS.highlights.get('nutshell-read-aloud-word') ?? [])][0] as Range | undefined;
    const rect = range?.getBoundingClientRect();
    const bar = document.querySelector('section[aria-label="Read aloud controls"]');
    return {
      speaking: fake.current(),
      spoken: fake.log.length,
      painted: range?.toString() ?? null,
      word: word?.toString() ?? null,
      inBody: !!range && !!(range.commonAncestorContainer.parentElement ?? range.commonAncestorContainer as Element).closest('article.ns-body'),
      inView: !!rect && rect.top >= 0 && rect.bottom <= innerHeight,
      bar: bar ? { status: bar.getAttribute('data-status'), inBody: !!bar.closest('article.ns-body'), position: bar.querySelector('.ns-aloud-position')?.textContent } : null,
    };
  });
}
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const { violations } = await axe.run(document);
    return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
}
const end = (page: Page) => page.evaluate(() => (window as unknown as { __fakeSpeech: { end(): void } }).__fakeSpeech.end());

describe('read aloud (Chromium, fake speech engine)', () => {
  test('play highlights the first sentence, end advances, next/previous, speed, toggle event', async () => {
    const reader = await openReader(session.server.fixtureUrl);
    await reader.getByRole('button', { name: 'Read aloud' }).click();
    await reader.locator('.ns-aloud-bar').waitFor(); // the player and the bar load on first use
    let s = await state(reader);
    expect(s.speaking?.text).toMatch(/^Every harbour town has a tide table pinned somewhere/);
    expect(s.painted).toBe(s.speaking?.text);
    expect(s).toMatchObject({ inBody: true, bar: { status: 'playing', inBody: false } });
    expect(await reader.evaluate(() => [...document.querySelectorAll('article.ns-body *')].some((el) => ['fixed', 'sticky'].includes(getComputedStyle(el).position)))).toBe(false);
    const first = s.speaking!.text;

    await end(reader);
    s = await state(reader);
    expect(s.speaking?.text).not.toBe(first);
    expect(s.painted).toBe(s.speaking?.text);
    expect(s.bar?.position).toMatch(/^Sentence 2 of \d+$/);
    const second = s.speaking!.text;

    await reader.getByRole('button', { name: 'Next sentence' }).click();
    s = await state(reader);
    expect(s.bar?.position).toMatch(/^Sentence 3 of/);
    expect(s.painted).toBe(s.speaking?.text);
    await reader.getByRole('button', { name: 'Previous sentence' }).click();
    expect((await state(reader)).painted).toBe(second);
    await reader.getByRole('button', { name: 'Next paragraph' }).click();
    s = await state(reader);
    expect(s.speaking?.text).toMatch(/^That changed in Porthallow when the harbour trust installed its own tide gauge in 2019\./);

    await reader.getByRole('combobox', { name: 'Speed' }).selectOption('1.5');
    expect((await state(reader)).speaking).toEqual({ text: s.speaking!.text, rate: 1.5 });
    await end(reader);
    expect((await state(reader)).speaking?.rate).toBe(1.5);

    // The reader keys' event (features/reader-keys dispatches it) pauses and resumes.
    await reader.evaluate(() => document.dispatchEvent(new CustomEvent('nutshell:read-aloud-toggle')));
    s = await state(reader);
    expect(s.speaking).toBeNull();
    expect(s.bar?.status).toBe('paused');
    await reader.evaluate(() => document.dispatchEvent(new CustomEvent('nutshell:read-aloud-toggle')));
    expect((await state(reader)).bar?.status).toBe('playing');
    await reader.close();
  });

  test('starts from an Alt+clicked sentence, keeps it in view, paints the spoken word', async () => {
    const reader = await openReader(session.server.fixtureUrl);
    // A sentence far below the first screen: scroll to it, then Alt+click one of its words.
    const target = 'Run over a year of six-minute steps';
    // The contents list and the settings panel load after first paint and move the body down:
    // measure once they are in.
    await reader.locator('.ns-contents').waitFor();
    await reader.locator('.ns-settings').waitFor();
    const box = await reader.evaluate((needle) => {
      const p = [...document.querySelectorAll('article.ns-body p')].find((el) => el.textContent!.startsWith(needle))!;
      p.scrollIntoView({ block: 'center' });
      const text = p.firstChild as Text;
      const range = document.createRange();
      range.setStart(text, 4);
      range.setEnd(text, 8);
      const r = range.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    }, target);
    await reader.mouse.move(box.x, box.y);
    await reader.keyboard.down('Alt');
    await reader.mouse.down();
    await reader.mouse.up();
    await reader.keyboard.up('Alt');
    await reader.waitForFunction(() => (window as unknown as { __fakeSpeech: { current(): unknown } }).__fakeSpeech.current() !== null);
    let s = await state(reader);
    expect(s.speaking?.text).toMatch(new RegExp(`^${target}`));
    expect(s.painted).toBe(s.speaking?.text);
    await reader.evaluate(() => (window as unknown as { __fakeSpeech: { boundary(n: string, i: number, l: number): void } }).__fakeSpeech.boundary('word', 4, 4));
    expect((await state(reader)).word).toBe('over');
    // Jump to the article's last paragraphs: the highlight is scrolled into view.
    await reader.evaluate(() => scrollTo(0, 0));
    for (let i = 0; i < 6; i++) await reader.getByRole('button', { name: 'Next paragraph' }).click();
    await reader.waitForTimeout(600); // smooth scrolling
    s = await state(reader);
    expect(s.inView, JSON.stringify(s)).toBe(true);
    expect(await reader.evaluate(() => scrollY)).toBeGreaterThan(0);

    mkdirSync(SCREENS, { recursive: true });
    await reader.getByRole('button', { name: 'Previous paragraph' }).click();
    await reader.evaluate(() => (window as unknown as { __fakeSpeech: { boundary(n: string, i: number, l: number): void } }).__fakeSpeech.boundary('word', 0, 4));
    await reader.waitForTimeout(600);
    await reader.screenshot({ path: `${SCREENS}/aloud-reader.png` });
    await reader.emulateMedia({ colorScheme: 'dark' });
    await reader.screenshot({ path: `${SCREENS}/aloud-reader-dark.png` });
    await reader.close();
  });

  test('starts from a key sentence (local takeaways, nytimes-1)', async () => {
    const reader = await openReader(session.server.corpusUrl('nytimes-1'));
    const item = reader.locator('section[aria-label="Key takeaways"] li').nth(1);
    const takeaway = (await item.textContent())!.trim();
    await item.focus();
    await reader.keyboard.press('Enter');
    const play = reader.getByRole('button', { name: 'Read aloud from the chosen sentence' });
    await play.click();
    const s = await state(reader);
    expect(s.speaking!.text.replace(/\s+/g, '')).toContain(takeaway.replace(/\s+/g, '').slice(0, 40));
    expect(s.painted).toBe(s.speaking?.text);
    expect(s.inBody).toBe(true);
    await reader.close();
  });

  test('popup: the bar below the article, outside the body', async () => {
    const { tabId } = await session.browser.openTab(session.server.fixtureUrl);
    const popup = await session.browser.openPopup(tabId);
    await readArticle(popup);
    await popup.getByRole('button', { name: 'Read aloud' }).click();
    await popup.locator('.ns-aloud-bar').waitFor(); // the player and the bar load on first use
    const s = await state(popup);
    expect(s.painted).toBe(s.speaking?.text);
    expect(s.bar).toMatchObject({ status: 'playing', inBody: false });
    const bar = await popup.locator('.ns-aloud-bar').boundingBox();
    expect(bar!.y + bar!.height).toBeLessThanOrEqual(600 + 1); // sticky at the window's bottom
    await popup.waitForTimeout(600); // smooth scrolling
    // The first sentence was under where the bar appeared: it is scrolled above the bar.
    const sentence = await popup.evaluate(() => ([...CSS.highlights.get('nutshell-read-aloud')!][0] as Range).getBoundingClientRect().bottom);
    expect(sentence).toBeLessThanOrEqual(bar!.y);
    await popup.screenshot({ path: `${SCREENS}/aloud-popup.png` });
    await popup.close();
  });

  test('axe-core: no serious or critical violation with the bar open, light and dark; keyboard reaches every control', async () => {
    for (const open of [session.browser.openReader, session.browser.openPopup]) {
      const { tabId } = await session.browser.openTab(session.server.fixtureUrl);
      const page = await open(tabId);
      await readArticle(page);
      await page.getByRole('button', { name: 'Read aloud' }).click();
    await page.locator('.ns-aloud-bar').waitFor(); // the player and the bar load on first use
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        expect(await seriousViolations(page), `${page.url()} ${colorScheme}`).toEqual([]);
      }
      // Tab from the Play/Pause button in the bar walks its controls, each with a visible focus ring.
      await page.locator('.ns-aloud-play').focus();
      const seen: string[] = [];
      for (let i = 0; i < 5; i++) {
        await page.keyboard.press('Tab');
        seen.push(await page.evaluate(() => {
          const el = document.activeElement as HTMLElement;
          const ring = getComputedStyle(el).outlineStyle !== 'none' && getComputedStyle(el).outlineWidth !== '0px';
          return `${el.getAttribute('aria-label') ?? el.closest('label')?.querySelector('span')?.textContent ?? el.textContent}${ring ? '' : ' (no focus ring)'}`;
        }));
      }
      expect(seen).toEqual(['Next sentence', 'Next paragraph', 'Speed', 'Voice', 'Stop reading']);
      await page.keyboard.press('Enter'); // Stop
      expect(await page.evaluate(() => document.activeElement?.classList.contains('ns-aloud-toggle'))).toBe(true);
      await page.close();
    }
  });
});
