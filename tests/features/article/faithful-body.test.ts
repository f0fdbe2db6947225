// Render-time fixes on a sanitised body, in jsdom: the author's box once (a marker where it was),
// the repeated byline line dropped (only that one), scrollable blocks reachable by keyboard.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/core/types';
import { BOX_MARKER_CLASS, faithfulBody } from '../../../src/features/article/faithful-body';

const ITEMS = ['The gauge has run since 2019.', 'Local predictions beat the official table.'];

function body(html: string): HTMLElement {
  const doc = new JSDOM(`<body><article class="ns-body">${html}</article></body>`).window.document;
  return doc.querySelector('article')!;
}
const article = (over: Partial<Article> = {}): Article => ({
  url: 'https://x.example/a', title: 'T', byline: 'Morwenna Tregarthen', siteName: null, lang: 'en', dir: null,
  publishedTime: '2026-03-14T09:00:00Z', html: '', text: '', readingMinutes: 3,
  takeaways: { source: 'page', items: ITEMS }, ...over,
});

describe('faithfulBody', () => {
  it('replaces the box and its label with one marker line, outside any list, and keeps the rest', () => {
    const root = body(`<p>By Morwenna   Tregarthen</p><div><h2>Key takeaways</h2><ul><li>The gauge has
      run since 2019.</li><li>Local predictions beat the  official table.</li></ul></div><p>Every harbour town has a tide table.</p>
      <p>By Morwenna Tregarthen</p>`);
    faithfulBody(root, article());
    expect(root.textContent).not.toContain('The gauge has');
    expect(root.textContent).not.toContain('Key takeaways');
    const marker = root.querySelectorAll(`.${BOX_MARKER_CLASS}`);
    expect(marker).toHaveLength(1);
    expect(marker[0]!.localName).toBe('p');
    expect(marker[0]!.closest('li, ul, ol')).toBeNull();
    expect(root.textContent).toContain('Every harbour town');
    // The first line repeating the header's byline goes; a later one (a forum reply) stays.
    expect(root.querySelectorAll('p').length).toBe(3);
    expect(root.lastElementChild!.textContent).toBe('By Morwenna Tregarthen');
  });

  it('keeps the body when the items are not all there, or are spread through the article', () => {
    const partial = body('<ul><li>The gauge has run since 2019.</li></ul><p>Other text.</p>');
    faithfulBody(partial, article());
    expect(partial.querySelector('ul')).not.toBeNull();
    const spread = body(`<p>The gauge has run since 2019. ${'Long prose. '.repeat(40)}</p><p>${'More. '.repeat(40)} Local predictions beat the official table.</p>`);
    faithfulBody(spread, article());
    expect(spread.querySelectorAll('p')).toHaveLength(2);
    expect(spread.querySelector(`.${BOX_MARKER_CLASS}`)).toBeNull();
  });

  it('replaces a box of sibling lines (one <ul> per item, or <p> lines) that shares its parent with the body', () => {
    const prose = `<p>${'Every harbour town has a tide table and a long story behind it. '.repeat(6)}</p>`;
    const lists = body(`<h2>Key Takeaways</h2>${ITEMS.map((t) => `<ul><li>${t}</li></ul>`).join('')}${prose}`);
    faithfulBody(lists, article({ takeaways: { source: 'page', items: ITEMS, box: { label: 'Key Takeaways', kind: 'list' } } as Article['takeaways'] }));
    expect(lists.querySelector('ul, h2')).toBeNull();
    expect(lists.querySelectorAll(`.${BOX_MARKER_CLASS}`)).toHaveLength(1);
    expect(lists.textContent).toContain('Every harbour town');
    const lines = body(`${prose}<h2>Summary</h2>${ITEMS.map((t) => `<p>${t}</p>`).join('')}<h2>FAQ</h2>${prose}`);
    faithfulBody(lines, article({ takeaways: { source: 'page', items: ITEMS, box: { label: 'Summary', kind: 'list' } } as Article['takeaways'] }));
    expect(lines.textContent).not.toContain('The gauge has');
    expect(Array.from(lines.querySelectorAll('h2')).map((h) => h.textContent)).toEqual(['FAQ']);
    expect(lines.querySelectorAll('p')).toHaveLength(3);
  });

  it('leaves key sentences (source local) in the body, drops a repeated date line, makes pre and table focusable', () => {
    const root = body('<p>March 14, 2026</p><p>The gauge has run since 2019.</p><pre>x  =  1</pre><table><tr><td>1</td></tr></table>');
    faithfulBody(root, article({ takeaways: { source: 'local', items: ['The gauge has run since 2019.'] } }));
    expect(root.textContent).toContain('The gauge has run');
    expect(root.textContent).not.toContain('March 14');
    expect(root.querySelector('pre')!.getAttribute('tabindex')).toBe('0');
    expect(root.querySelector('pre')!.textContent).toBe('x  =  1');
    expect(root.querySelector('table')!.getAttribute('tabindex')).toBe('0');
  });
});
