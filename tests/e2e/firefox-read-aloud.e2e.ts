// Read aloud in Firefox (test build as a temporary add-on over WebDriver BiDi, see firefox.e2e.ts
// for the two Firefox facts that shape the page hops). The fake speech engine is installed before
// Firefox runs no BiDi preload script in moz-extension:// pages (checked: the page never saw it), so
// the fake takes over the page's own speechSynthesis object in place once the reader has loaded;
// the app looks its globals up at each call and listens for voiceschanged on that object.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Bidi, Firefox } from './lib/bidi';
import { launchFirefoxWithExtension, openExtensionPage as openExtensionPageIn, openTab as openTabIn } from './lib/firefox-pages';
import { fakeSpeechScript } from './lib/fake-speech-script';
import { projectRoot, startServer, type TestServer } from './lib/server';

const testBuild = resolve(projectRoot, 'dist/firefox-test');

const STATE = `(() => {
  const fake = window.__fakeSpeech;
  const range = [...(CSS.highlights.get('nutshell-read-aloud') ?? [])][0];
  const bar = document.querySelector('section[aria-label="Read aloud controls"]');
  return {
    speaking: fake.current(),
    painted: range ? range.toString() : null,
    inBody: !!range && !!range.startContainer.parentElement.closest('article.ns-body'),
    status: bar ? bar.dataset.status : null,
    barInBody: !!bar?.closest('article.ns-body'),
  };
})()`;
/** Clicks the button named `label` (its aria-label or its text), as a reader would. */
const click = (label: string) => `([...document.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === ${JSON.stringify(label)} || b.textContent.trim() === ${JSON.stringify(label)}).click(), true)`;

interface State { speaking: { text: string; rate: number } | null; painted: string | null; inBody: boolean; status: string | null; barInBody: boolean }

describe('Firefox: read aloud with the fake speech engine', () => {
  let ff: Firefox | undefined;
  let server: TestServer | undefined;
  let bidi: Bidi;
  let base: string;
  let control: string;

  beforeAll(async () => {
    server = await startServer({ '/hop': '<!doctype html><title>hop</title><p>hop to the extension</p>' });
    ({ ff, bidi, base } = await launchFirefoxWithExtension(testBuild));
    control = await openExtensionPage('popup.html');
  }, 120_000);

  afterAll(async () => {
    await ff?.close();
    await server?.close();
  }, 30_000);

  const openTab = (url: string) => openTabIn(bidi, url);

  const openExtensionPage = (path: string) => openExtensionPageIn(bidi, `${server!.origin}/hop`, base + path, { width: 1000, height: 800 });

  async function openReader(url: string): Promise<string> {
    await openTab(url);
    const tabs = await bidi.evaluate<{ id: number; url?: string }[]>(control, `browser.tabs.query({}).then((ts) => ts.map((t) => ({ id: t.id, url: t.url })))`);
    const tab = tabs.find((t) => t.url === url)!;
    const context = await openExtensionPage(`reader.html?tabId=${tab.id}`);
    await bidi.waitFor(context, `document.querySelector('main')?.dataset.state === 'ready'`, 30_000);
    // Disabled first: Firefox here has no voice of its own (no speech-dispatcher).
    expect(await bidi.evaluate(context, `document.querySelector('.ns-aloud-toggle').disabled`)).toBe(true);
    await bidi.evaluate(context, fakeSpeechScript(0, true).replace(/;$/, ''));
    // Voices arrive with voiceschanged, as in Chrome: the button is enabled once they are there.
    await bidi.waitFor(context, `!!document.querySelector('.ns-aloud-toggle:not([disabled])')`);
    return context;
  }

  const state = (context: string) => bidi.evaluate<State>(context, STATE);
  const end = (context: string) => bidi.evaluate(context, `(window.__fakeSpeech.end(), true)`);

  it('plays the first sentence highlighted, end advances, next/previous, speed', async () => {
    const reader = await openReader(server!.fixtureUrl);
    await bidi.evaluate(reader, click('Read aloud'));
    let s = await bidi.waitFor<State>(reader, `(${STATE}).status === 'playing' && ${STATE}`);
    expect(s.speaking?.text).toMatch(/^Every harbour town has a tide table pinned somewhere/);
    expect(s.painted).toBe(s.speaking?.text);
    expect(s).toMatchObject({ inBody: true, barInBody: false });
    const first = s.speaking!.text;
    await end(reader);
    s = await state(reader);
    expect(s.speaking?.text).toMatch(/^For most of the twentieth century/);
    expect(s.painted).toBe(s.speaking?.text);
    await bidi.evaluate(reader, click('Previous sentence'));
    expect((await state(reader)).painted).toBe(first);
    await bidi.evaluate(reader, click('Next paragraph'));
    expect((await state(reader)).speaking?.text).toMatch(/^That changed in Porthallow/);
    await bidi.evaluate(reader, `(() => { const s = [...document.querySelectorAll('.ns-aloud-field select')][0]; s.value = '2'; s.dispatchEvent(new Event('change', { bubbles: true })); return true; })()`);
    expect((await state(reader)).speaking?.rate).toBe(2);
    await bidi.evaluate(reader, `(document.dispatchEvent(new CustomEvent('nutshell:read-aloud-toggle')), true)`);
    s = await bidi.waitFor<State>(reader, `(${STATE}).status === 'paused' && ${STATE}`);
    expect(s.speaking).toBeNull();
  });

  it('starts from an Alt+clicked sentence and from a key sentence', async () => {
    const reader = await openReader(server!.fixtureUrl);
    // A real pointer click with Alt held, at a word of a paragraph further down.
    const at = await bidi.evaluate<{ x: number; y: number }>(reader, `(() => {
      const p = [...document.querySelectorAll('article.ns-body p')].find((el) => el.textContent.startsWith('Run over a year'));
      p.scrollIntoView({ block: 'center' });
      const r = document.createRange(); r.setStart(p.firstChild, 4); r.setEnd(p.firstChild, 8);
      const b = r.getBoundingClientRect();
      return { x: Math.round(b.x + b.width / 2), y: Math.round(b.y + b.height / 2) };
    })()`);
    await bidi.send('input.performActions', { context: reader, actions: [
      { type: 'key', id: 'kb', actions: [{ type: 'keyDown', value: '\uE00A' }, { type: 'pause', duration: 0 }, { type: 'pause', duration: 0 }, { type: 'keyUp', value: '\uE00A' }] },
      { type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [{ type: 'pointerMove', x: at.x, y: at.y }, { type: 'pointerDown', button: 0 }, { type: 'pointerUp', button: 0 }, { type: 'pause', duration: 0 }] },
    ] });
    await bidi.send('input.releaseActions', { context: reader });
    let s = await bidi.waitFor<State>(reader, `(${STATE}).status === 'playing' && ${STATE}`);
    expect(s.speaking?.text).toMatch(/^Run over a year of six-minute steps/);
    expect(s.painted).toBe(s.speaking?.text);
    await bidi.evaluate(reader, click('Stop reading'));

    const news = await openReader(server!.corpusUrl('nytimes-1'));
    const takeaway = await bidi.evaluate<string>(news, `(() => { const li = document.querySelectorAll('section[aria-label="Key takeaways"] li')[1]; li.focus(); li.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })); return li.textContent.trim(); })()`);
    await bidi.waitFor(news, `document.querySelector('.ns-aloud-toggle').textContent.includes('chosen sentence')`);
    await bidi.evaluate(news, `(document.querySelector('.ns-aloud-toggle').click(), true)`);
    s = await bidi.waitFor<State>(news, `(${STATE}).status === 'playing' && ${STATE}`);
    expect(s.speaking!.text.replace(/\s+/g, '')).toContain(takeaway.replace(/\s+/g, '').slice(0, 40));
    expect(s.painted).toBe(s.speaking?.text);
    expect(s.inBody).toBe(true);
  });
});
