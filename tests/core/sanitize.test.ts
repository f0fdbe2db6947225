import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createSanitizer, ID_PREFIX } from '../../src/core/sanitize';
import { dompurifyVectors } from '../fixtures/attack/dompurify-vectors';
import { inertProblems } from '../fixtures/attack/inert';

const { window } = new JSDOM('<!doctype html><body></body>');
const sanitize = createSanitizer(window as unknown as Window);
const parse = (html: string) => JSDOM.fragment(html);

describe('sanitize', () => {
  it('strips scripts, event handlers and javascript: URLs', () => {
    const out = sanitize(`<p onclick="steal()">Hi<script>steal()</script></p>
      <img src="x.png" onerror="steal()"><a href="javascript:steal()">x</a>
      <svg><g onload="steal()"></g><script>steal()</script></svg>
      <a href="JaVaScRiPt:steal()">y</a><iframe src="https://evil.example"></iframe>
      <form action="https://evil.example"><input name="q"></form><object data="x.swf"></object>`);
    expect(out).not.toMatch(/steal|<script|<iframe|<form|<input|<object|javascript:/i);
    const frag = parse(out);
    expect(inertProblems(frag)).toEqual([]);
    expect(frag.querySelector('img')?.getAttribute('src')).toBe('x.png');
  });

  it('keeps the article: images, figures, lists, quotes, code, tables', () => {
    const html = `<figure><img src="https://a.example/p.jpg" alt="A"><figcaption>Cap</figcaption></figure>
      <ul><li>one</li></ul><ol><li>two</li></ol><blockquote>q</blockquote><pre><code>x = 1</code></pre>
      <table><tbody><tr><th>h</th><td>d</td></tr></tbody></table><h2 id="s">Section</h2>`;
    const frag = parse(sanitize(html));
    for (const selector of ['figure img[alt="A"]', 'figcaption', 'ul li', 'ol li', 'blockquote', 'pre code', 'table th', `h2#${ID_PREFIX}s`]) {
      expect(frag.querySelector(selector), selector).not.toBeNull();
    }
  });

  it('opens links in a new tab without opener or referrer, but keeps in-page anchors', () => {
    const frag = parse(sanitize('<a href="https://news.example/a" target="_self">a</a><a href="#fn1">1</a><svg><a href="https://evil.test/">s</a></svg>'));
    const [external, anchor, svgLink] = [...frag.querySelectorAll('a')];
    expect(external?.getAttribute('target')).toBe('_blank');
    expect(external?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(anchor?.hasAttribute('target')).toBe(false);
    // An SVG <a> navigates like an HTML one: same treatment.
    expect(svgLink?.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(svgLink?.getAttribute('target')).toBe('_blank');
    expect(svgLink?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('drops page styles, classes, roles and labels that could restyle or impersonate the reader', () => {
    const frag = parse(sanitize(`<p style="position:fixed" class="ns-takeaways" role="alert" aria-live="assertive" tabindex="1">t</p><style>body{}</style>
      <section aria-label="Key takeaways"><ul><li>fake</li></ul></section><div aria-labelledby="x" aria-describedby="y" aria-hidden="true">d</div>`));
    expect(frag.querySelector('p')?.attributes.length).toBe(0);
    expect(frag.querySelector('style')).toBeNull();
    expect(frag.querySelector('section')?.attributes.length).toBe(0);
    // Harmless state attributes stay (ALLOW_ARIA_ATTR), the id-pointing ones go.
    expect([...frag.querySelector('div')!.attributes].map((a) => a.name)).toEqual(['aria-hidden']);
  });

  it('prefixes every id and name, and rewrites in-page links to match so footnotes still jump', () => {
    const frag = parse(sanitize(`<div id="app">x</div><p>Claim<sup><a href="#fn1" id="ref1">1</a></sup> <a name="old">old</a></p>
      <ol><li id="fn1">Note <a href="#ref1">↩</a></li></ol><img name="getElementById" src="a.png"><a href="#">top</a>
      <a href="#user-content-done">done</a><img usemap="#m" src="m.png">`));
    expect(frag.querySelector('#app')).toBeNull();
    expect(frag.querySelector(`#${ID_PREFIX}app`)).not.toBeNull();
    expect(frag.querySelector(`[name="${ID_PREFIX}old"]`)).not.toBeNull();
    expect(frag.querySelector(`img[name="${ID_PREFIX}getElementById"]`)).not.toBeNull();
    const hrefs = [...frag.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual([`#${ID_PREFIX}fn1`, null, `#${ID_PREFIX}ref1`, '#', `#${ID_PREFIX}done`]);
    // The footnote link's target exists under its new name.
    expect(frag.querySelector(hrefs[0]!)?.textContent).toContain('Note');
    expect(frag.querySelector('img[usemap]')?.getAttribute('usemap')).toBe(`#${ID_PREFIX}m`);
  });

  it('is idempotent: HTML sanitised twice (a saved record rendered again) keeps one prefix', () => {
    const once = sanitize('<h2 id="s">S</h2><a href="#s">s</a><a href="https://x.example/">x</a><video src="v.mp4"></video>');
    expect(sanitize(once)).toBe(once);
    expect(once).not.toContain(`${ID_PREFIX}${ID_PREFIX}`);
  });

  it('makes media load nothing before the reader asks: no preload, no poster, no default track', () => {
    const frag = parse(sanitize(`<video src="https://media.example/v.mp4" poster="https://media.example/p.jpg" preload="auto" autoplay>
      <source src="https://media.example/v.webm"><track default kind="captions" src="https://media.example/c.vtt"></video>
      <audio src="https://media.example/a.mp3" preload="metadata"></audio><img src="https://media.example/i.jpg">`));
    const video = frag.querySelector('video')!;
    expect(video.getAttribute('preload')).toBe('none');
    expect(video.hasAttribute('poster')).toBe(false);
    expect(video.hasAttribute('autoplay')).toBe(false);
    expect(video.hasAttribute('controls')).toBe(true);
    expect(frag.querySelector('audio')?.getAttribute('preload')).toBe('none');
    expect(frag.querySelector('track')?.hasAttribute('default')).toBe(false);
    expect(frag.querySelector('source')?.getAttribute('src')).toBe('https://media.example/v.webm');
    expect(frag.querySelector('img')?.getAttribute('referrerpolicy')).toBe('no-referrer');
  });

  it('keeps MathML and SVG figures', () => {
    const frag = parse(sanitize(`<math display="block"><mrow><msup><mi>x</mi><mn>2</mn></msup><mo>+</mo><mn>1</mn></mrow></math>
      <svg viewBox="0 0 10 10" width="10"><title>Dot</title><circle cx="5" cy="5" r="4" fill="red"/><path d="M0 0L10 10"/></svg>`));
    expect(frag.querySelector('math msup mi')?.textContent).toBe('x');
    expect(frag.querySelector('svg circle')?.getAttribute('r')).toBe('4');
    expect(frag.querySelector('svg path')).not.toBeNull();
    // MathML href turns any element into a link in Firefox; it goes.
    expect(parse(sanitize('<math><mi href="https://evil.test/">x</mi></math>')).querySelector('mi')?.hasAttribute('href')).toBe(false);
  });

  describe("DOMPurify's public bypass vectors stay inert under our config", () => {
    for (const { title, payload } of dompurifyVectors) {
      it(title, () => {
        const out = sanitize(payload);
        const frag = parse(out);
        expect(inertProblems(frag)).toEqual([]);
        // No mutation into something live on the way into the page: the markup re-parsed (what
        // dangerouslySetInnerHTML does) is still inert, and sanitising it again (a saved record
        // rendered later) changes nothing. Harmless re-nesting (<h6> out of <h1>) is allowed.
        const holder = window.document.createElement('div');
        holder.innerHTML = out; // eslint-disable-line no-unsanitized/property -- test: re-parse sanitiser output
        expect(inertProblems(holder)).toEqual([]);
        const again = sanitize(out);
        expect(inertProblems(parse(again))).toEqual([]);
        expect(sanitize(again)).toBe(again);
      });
    }
    it('covers at least 40 vectors', () => expect(dompurifyVectors.length).toBeGreaterThanOrEqual(40));
  });
});
