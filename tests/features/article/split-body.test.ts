import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { SPLIT_ABOVE_CHARS, splitBody } from '../../../src/features/article/split-body';

const { window } = new JSDOM('');
const parser = new window.DOMParser();
const para = (i: number) => `<p>Paragraph ${i}: ${'words of the article '.repeat(12)}<a href="https://example.com/${i}">link</a></p>`;
const page = (n: number) => `<div id="readability-page-1" class="page"><h2>Start</h2>${Array.from({ length: n }, (_, i) => para(i)).join('')}</div>`;

describe('splitBody', () => {
  it('leaves a short body whole', () => {
    const html = page(10);
    expect(html.length).toBeLessThan(SPLIT_ABOVE_CHARS);
    expect(splitBody(html, parser)).toEqual({ first: html, rest: '' });
  });

  it('splits a long body after about two screens of text, losing and repeating no block', () => {
    const html = page(400);
    const { first, rest } = splitBody(html, parser);
    expect(first.startsWith('<h2>Start</h2><p>Paragraph 0:')).toBe(true);
    expect(first.length).toBeLessThan(6_000);
    expect(rest.startsWith('<p>Paragraph ')).toBe(true);
    expect(rest.endsWith('<a href="https://example.com/399">link</a></p>')).toBe(true);
    const text = (h: string) => parser.parseFromString(h, 'text/html').body.textContent;
    expect(text(first) + text(rest)).toBe(text(html));
  });

  it('goes down through single-child wrappers (Wikipedia: page div > content div > blocks)', () => {
    const html = `<div id="readability-page-1"><div id="mw-content-text">${page(400).replace('</p><p>Paragraph 300', '</p>loose text &amp; &lt;more&gt;<p>Paragraph 300')}</div></div>`;
    const { first, rest } = splitBody(html, parser);
    expect(first.startsWith('<h2>Start</h2>')).toBe(true);
    expect(rest.length).toBeGreaterThan(50_000);
    expect(rest).toContain('loose text &amp; &lt;more&gt;<p>Paragraph 300');
    const text = (h: string) => parser.parseFromString(h, 'text/html').body.textContent;
    expect(text(first) + text(rest)).toBe(text(html));
  });

  it('does not run what it parses (DOMParser documents are inert)', () => {
    const html = `<div><img src="x" onerror="globalThis.__ran = true"><p>${'x'.repeat(SPLIT_ABOVE_CHARS)}</p><p>tail</p></div>`;
    const { first, rest } = splitBody(html, parser);
    expect((window as unknown as { __ran?: boolean }).__ran).toBeUndefined();
    expect(first).toContain('onerror'); // still untrusted: the view sanitises each piece
    expect(rest).toBe('<p>tail</p>');
  });
});
