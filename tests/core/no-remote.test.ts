// "Load no remote content": the sanitised article keeps its words and links but nothing that
// fetches; images become placeholders with their alt text, media a line of text.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { NO_REMOTE_CLASS, type NoRemoteLabels } from '../../src/core/no-remote';
import { createSanitizer } from '../../src/core/sanitize';

const win = new JSDOM('').window as unknown as Window;
const labels: NoRemoteLabels = { image: (alt) => (alt ? `[Image: ${alt}]` : '[Image]'), media: (kind) => `[${kind} not loaded]` };
const strict = createSanitizer(win, { noRemote: labels });
const normal = createSanitizer(win);
const parse = (html: string) => new JSDOM(`<body>${html}</body>`).window.document.body;

const ARTICLE = `<p>Before.</p>
<figure><img src="https://img.evil.test/a.jpg" srcset="https://img.evil.test/a2.jpg 2x" alt=" A harbour at dawn "><figcaption>Caption.</figcaption></figure>
<picture><source srcset="https://img.evil.test/b.avif" type="image/avif"><img src="https://img.evil.test/b.jpg" alt="Boats"></picture>
<img src="https://img.evil.test/c.gif">
<video src="https://media.evil.test/v.mp4" poster="https://img.evil.test/p.jpg"><source src="https://media.evil.test/v.webm"><track src="https://media.evil.test/t.vtt"></video>
<audio><source src="https://media.evil.test/a.mp3"></audio>
<table background="https://img.evil.test/bg.png"><tr><td background="https://img.evil.test/td.png">cell</td></tr></table>
<svg><image href="https://img.evil.test/s.png"/><use href="https://img.evil.test/sprite.svg#i"/><use href="#local"/><rect fill="url(https://img.evil.test/f.svg#p)" filter="url(#ok)"/><a href="https://news.example/">svg link</a></svg>
<p><a href="https://news.example/more">A link stays.</a></p>`;

describe('withoutRemote through the sanitiser', () => {
  const out = strict(ARTICLE);
  const body = parse(out);

  it('leaves no element or attribute that fetches from a host', () => {
    expect(body.querySelectorAll('img, picture, video, audio, source, track, image').length).toBe(0);
    expect(out).not.toMatch(/evil\.test/);
    expect(body.querySelector('[background]')).toBeNull();
  });

  it('shows each image as a placeholder with its alt text, and each video or audio as a line', () => {
    const placeholders = [...body.querySelectorAll(`.${NO_REMOTE_CLASS}`)].map((el) => el.textContent);
    expect(placeholders).toEqual(['[Image: A harbour at dawn]', '[Image: Boats]', '[Image]', '[video not loaded]', '[audio not loaded]']);
  });

  it('keeps the words, the links, in-page SVG references and captions', () => {
    expect(body.textContent).toContain('Before.');
    expect(body.textContent).toContain('Caption.');
    expect(body.textContent).toContain('cell');
    expect(body.querySelector('a[href="https://news.example/more"]')?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(body.querySelector('svg a')?.getAttribute('href')).toBe('https://news.example/');
    expect(body.querySelector('rect')?.getAttribute('filter')).toBe('url(#ok)');
    expect(body.querySelector('rect')?.hasAttribute('fill')).toBe(false);
  });

  it('still sanitises: no script, no handler (the placeholder path is the same DOMPurify pass)', () => {
    const hostile = strict('<img src=x onerror=alert(1) alt="Tom &amp; Jerry &lt;b&gt;"><svg><script>alert(3)</script></svg>');
    expect(hostile).not.toMatch(/<script|onerror|<b>/);
    expect(parse(hostile).querySelector(`.${NO_REMOTE_CLASS}`)?.textContent).toBe('[Image: Tom & Jerry <b>]');
  });

  it('off by default: the normal sanitiser keeps images (with no referrer)', () => {
    expect(parse(normal(ARTICLE)).querySelector('img')?.getAttribute('referrerpolicy')).toBe('no-referrer');
  });
});

describe('the setting', () => {
  it('is off by default and only a boolean turns it on', async () => {
    const { validateSettings, DEFAULT_SETTINGS } = await import('../../src/core/settings/schema');
    expect(DEFAULT_SETTINGS.noRemote).toBe(false);
    expect(validateSettings({ noRemote: true }).noRemote).toBe(true);
    expect(validateSettings({ noRemote: 'yes' }).noRemote).toBe(false);
  });
});
