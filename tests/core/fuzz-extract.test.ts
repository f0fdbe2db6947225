// Random and malformed HTML through the core extractor (linkedom, as the CLI runs it): it never
// throws and always returns a typed result, and its HTML re-parses with no planted element.
// fast-check's seed is printed on failure, so any counterexample can be replayed exactly.
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract-article';
import type { ExtractResult } from '../../src/core/types';

const KINDS = ['restricted', 'not-readerable', 'no-article', 'too-large', 'timeout', 'no-tab', 'error'];
const TAGS = ['p', 'div', 'span', 'article', 'section', 'aside', 'main', 'h1', 'h2', 'ul', 'ol', 'li', 'a', 'img', 'table', 'tr', 'td', 'pre',
  'code', 'blockquote', 'figure', 'figcaption', 'svg', 'math', 'mtext', 'mglyph', 'style', 'script', 'xmp', 'noscript', 'template',
  'iframe', 'textarea', 'title', 'select', 'option', 'form', 'video', 'source', 'br', 'hr', 'base', 'meta', 'noembed', 'plaintext'];
const ATTRS = ['id', 'class', 'href', 'src', 'srcset', 'data-src', 'style', 'onerror', 'name', 'lang', 'dir', 'role', 'aria-label', 'hidden'];
const WORDS = ['council', 'the', 'bus', 'timetable', 'Key takeaways', 'TL;DR', '</p>', '<!--', '-->', '&amp;', '&', '<', '"', "'", 'مرحبا', '你好', 'ไทย', 'javascript:x()', '\u0000', '\u2028'];

const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 12 }).map((w) => w.join(' '));
const attr = fc.tuple(fc.constantFrom(...ATTRS), fc.oneof(text, fc.string({ maxLength: 20 }))).map(([k, v]) => ` ${k}="${v.replace(/"/g, '&quot;')}"`);
const { tree } = fc.letrec((tie) => ({
  tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, tie('element')),
  element: fc.tuple(fc.constantFrom(...TAGS), fc.array(attr, { maxLength: 3 }), fc.array(tie('tree'), { maxLength: 5 }), fc.boolean())
    .map(([tag, attrs, kids, close]) => `<${tag}${(attrs as string[]).join('')}>${(kids as string[]).join('')}${close ? `</${tag}>` : ''}`),
}));
const documentHtml = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(text, fc.array(tree as fc.Arbitrary<string>, { maxLength: 12 })).map(([t, body]) => `<!doctype html><html><head><title>${t}</title></head><body>${body.join('')}</body></html>`) },
  { weight: 1, arbitrary: fc.array(tree as fc.Arbitrary<string>, { maxLength: 8 }).map((b) => b.join('')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 400 }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom('<', '>', '</', '<!', '<?', '/>', '=', '"', 'div', 'p ', 'svg', 'script', '\n'), { maxLength: 60 }).map((a) => a.join('')) },
);

function assertTyped(result: ExtractResult): void {
  if (result.ok) {
    const a = result.article;
    expect(typeof a.title).toBe('string');
    expect(typeof a.html).toBe('string');
    expect(typeof a.text).toBe('string');
    expect(a.readingMinutes).toBeGreaterThanOrEqual(1);
    expect(['page', 'local']).toContain(a.takeaways.source);
    expect(a.takeaways.items.every((item) => typeof item === 'string')).toBe(true);
    // Text stays text: whatever the page held, the serialised HTML has no raw-text container.
    const { document } = parseHTML(`<!doctype html><body>${a.html}</body>`);
    expect(document.querySelectorAll('xmp, template, plaintext').length).toBe(0);
  } else {
    expect(KINDS).toContain(result.error.kind);
    expect(typeof result.error.message).toBe('string');
    expect(result.error.message.length).toBeGreaterThan(0);
  }
}

describe('fuzz: the core extractor on random and malformed HTML', () => {
  it('never throws and always returns a typed result (2,000 documents)', () => {
    let slowest = 0;
    fc.assert(
      fc.property(documentHtml, fc.boolean(), (html, force) => {
        const started = performance.now();
        const { document } = parseHTML(html);
        const result = extractArticle(document, { url: 'https://news.example/story', force });
        assertTyped(result);
        slowest = Math.max(slowest, performance.now() - started);
        // A hang detector only (one case taking 10 s means a loop, not a slow machine).
        expect(performance.now() - started).toBeLessThan(10_000);
      }),
      { numRuns: 2_000 },
    );
    expect(slowest).toBeLessThan(10_000);
  }, 120_000);
});
