import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { createSanitizer } from '../../src/core/sanitize';

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
    for (const el of frag.querySelectorAll('*')) {
      expect([...el.attributes].filter((a) => a.name.startsWith('on'))).toEqual([]);
    }
    expect(frag.querySelector('img')?.getAttribute('src')).toBe('x.png');
  });

  it('keeps the article: images, figures, lists, quotes, code, tables', () => {
    const html = `<figure><img src="https://a.example/p.jpg" alt="A"><figcaption>Cap</figcaption></figure>
      <ul><li>one</li></ul><ol><li>two</li></ol><blockquote>q</blockquote><pre><code>x = 1</code></pre>
      <table><tbody><tr><th>h</th><td>d</td></tr></tbody></table><h2 id="s">Section</h2>`;
    const frag = parse(sanitize(html));
    for (const selector of ['figure img[alt="A"]', 'figcaption', 'ul li', 'ol li', 'blockquote', 'pre code', 'table th', 'h2#s']) {
      expect(frag.querySelector(selector), selector).not.toBeNull();
    }
  });

  it('opens links in a new tab without opener or referrer, but keeps in-page anchors', () => {
    const frag = parse(sanitize('<a href="https://news.example/a" target="_self">a</a><a href="#fn1">1</a>'));
    const [external, anchor] = [...frag.querySelectorAll('a')];
    expect(external?.getAttribute('target')).toBe('_blank');
    expect(external?.getAttribute('rel')).toBe('noopener noreferrer');
    expect(anchor?.hasAttribute('target')).toBe(false);
  });

  it('drops page styles, classes and roles that could restyle or impersonate the reader', () => {
    const frag = parse(sanitize('<p style="position:fixed" class="ns-takeaways" role="alert" aria-live="assertive" tabindex="1">t</p><style>body{}</style>'));
    expect(frag.querySelector('p')?.attributes.length).toBe(0);
    expect(frag.querySelector('style')).toBeNull();
  });
});
