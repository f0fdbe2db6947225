// Text the page never showed as markup must not become markup on the way to the reader.
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { serializeArticle } from '../../src/core/serialize';
import { dropForeignBase } from '../../src/core/base-url';
import { extractArticle } from '../../src/core/extract-article';
import { createSanitizer } from '../../src/core/sanitize';

const BEACON = '</xmp></noembed></iframe></noscript></noframes></style></script>--><img src="https://evil.test/beacon">';

/** A body whose raw-text elements hold the beacon as TEXT (what a page script can do). */
function plantedDocument(make: (html: string) => Document): { doc: Document; root: Element } {
  const doc = make('<!doctype html><body><div id="root"><p>Lead.</p></div></body>');
  const root = doc.getElementById('root')!;
  for (const tag of ['xmp', 'noembed', 'iframe', 'noscript', 'noframes', 'style', 'script', 'plaintext']) {
    const el = doc.createElement(tag);
    el.textContent = BEACON;
    root.appendChild(el);
  }
  root.appendChild(doc.createComment(`--><img src="https://evil.test/comment">`));
  // linkedom has no createProcessingInstruction; jsdom and browsers do.
  if (typeof doc.createProcessingInstruction === 'function') root.appendChild(doc.createProcessingInstruction('x', `a><img src="https://evil.test/pi">`));
  const template = doc.createElement('template');
  template.content.appendChild(doc.createElement('img')).setAttribute('src', 'https://evil.test/template');
  root.appendChild(template);
  const p = doc.createElement('p');
  p.textContent = '<img src="https://evil.test/text"> stays text';
  root.appendChild(p);
  return { doc, root };
}

const engines = {
  jsdom: (html: string) => new JSDOM(html).window.document,
  linkedom: (html: string) => parseHTML(html).document,
};

describe('serializeArticle', () => {
  for (const [engine, make] of Object.entries(engines)) {
    it(`${engine}: innerHTML really leaks the planted text as markup (the trap is live)`, () => {
      const { root } = plantedDocument(make);
      const reparsed = new JSDOM(`<body>${root.innerHTML}</body>`).window.document;
      expect(reparsed.querySelectorAll('img[src^="https://evil.test/"]').length).toBeGreaterThan(0);
    });

    it(`${engine}: serialises so that no planted text comes back as an element`, () => {
      const { root } = plantedDocument(make);
      const html = serializeArticle(root);
      const reparsed = new JSDOM(`<body>${html}</body>`).window.document;
      expect(reparsed.querySelectorAll('img').length).toBe(0);
      expect(reparsed.querySelectorAll('xmp, template, plaintext').length).toBe(0);
      for (const el of reparsed.querySelectorAll('noembed, iframe, noscript, noframes, style, script')) expect(el.textContent).toBe('');
      // What a reader sees stays: the paragraph's text, and the xmp/plaintext text as <pre> text.
      expect(reparsed.body.textContent).toContain('<img src="https://evil.test/text"> stays text');
      expect([...reparsed.querySelectorAll('pre')].map((p) => p.textContent)).toEqual([BEACON, BEACON]);
      expect(reparsed.querySelector('p')?.textContent).toBe('Lead.');
    });
  }

  it('gives the same string as innerHTML for ordinary article markup', () => {
    const doc = new JSDOM('<body><div id="r"><h2 id="a">T &amp; "q"</h2><p class="x">a <b>b</b> &lt;c&gt;&nbsp;d</p><img src="a.png" alt="&quot;"><svg viewBox="0 0 1 1"><circle r="1"></circle></svg><br><pre>  x\n</pre></div></body>').window.document;
    const root = doc.getElementById('r')!;
    expect(serializeArticle(root)).toBe(root.innerHTML);
  });

  it('survives nesting deeper than the call stack', () => {
    const { document } = parseHTML('<!doctype html><body><div id="r"></div></body>');
    let at: Element = document.getElementById('r')!;
    for (let i = 0; i < 20_000; i++) at = at.appendChild(document.createElement('span'));
    at.appendChild(document.createElement('xmp')).textContent = '<img src=x>';
    const html = serializeArticle(document.getElementById('r')!);
    expect(html).toContain('&lt;img src=x&gt;');
  });

  it('end to end: an article with planted raw text renders no beacon after the sanitiser', () => {
    const { doc, root } = plantedDocument((html) => new JSDOM(html, { url: 'https://news.example/a' }).window.document);
    for (let i = 0; i < 6; i++) root.prepend(Object.assign(doc.createElement('p'), { textContent: `Paragraph ${i} of a story about the council and the buses, with enough words to count as prose for Readability to keep it in the article body.` }));
    const result = extractArticle(doc, { url: 'https://news.example/a', force: true });
    if (!result.ok) throw new Error(result.error.message);
    const { window } = new JSDOM('');
    const shown = new JSDOM(`<body>${createSanitizer(window as unknown as Window)(result.article.html)}</body>`).window.document;
    expect(shown.querySelectorAll('img').length).toBe(0);
    expect(shown.body.textContent).toContain('Paragraph 5');
  });
});

describe('dropForeignBase', () => {
  const page = (base: string) => new JSDOM(`<!doctype html><head>${base}</head><body><p>x</p></body>`, { url: 'https://news.example/story/1' }).window.document;

  it('removes a cross-origin base so relative URLs resolve against the tab', () => {
    const doc = page('<base href="https://evil.test/">');
    expect(doc.baseURI).toBe('https://evil.test/');
    expect(dropForeignBase(doc, 'https://news.example/story/1')).toBe(1);
    expect(doc.baseURI).toBe('https://news.example/story/1');
  });

  it('keeps a same-origin base, relative or absolute', () => {
    for (const href of ['/', 'base/', 'https://news.example/other/']) {
      const doc = page(`<base href="${href}">`);
      expect(dropForeignBase(doc, 'https://news.example/story/1')).toBe(0);
      expect(doc.querySelector('base')).not.toBeNull();
    }
  });

  it('removes every foreign base, not only the first (the next one would take over)', () => {
    const doc = page('<base href="//evil.test/"><base href="https://evil2.test/"><base href="/same/">');
    expect(dropForeignBase(doc, 'https://news.example/story/1')).toBe(2);
    expect(doc.baseURI).toBe('https://news.example/same/');
  });

  it('in extraction: links and images of a page with a foreign base stay on the tab host', () => {
    const body = Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i} about the council and its buses, long enough to be prose, with <a href="/minutes">minutes</a> and more words after it.</p>`).join('');
    const doc = new JSDOM(`<!doctype html><head><base href="https://evil.test/"><title>T</title></head><body><article>${body}<img src="pic.jpg"></article></body>`, { url: 'https://news.example/story/1' }).window.document;
    const result = extractArticle(doc, { url: 'https://news.example/story/1', force: true });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.html).toContain('href="https://news.example/minutes"');
    expect(result.article.html).toContain('src="https://news.example/story/pic.jpg"');
    expect(result.article.html).not.toContain('evil.test');
    // The live page keeps its base: only the clone is changed.
    expect(doc.querySelector('base')).not.toBeNull();
  });
});
