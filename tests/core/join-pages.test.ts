import { describe, expect, test } from 'vitest';
import { joinPages } from '../../src/core/extract/join-pages';
import type { Article } from '../../src/core/types';

const article: Article = {
  url: 'https://example.org/story/', title: 'The tide ledger', byline: null, siteName: null, lang: 'en', dir: null,
  publishedTime: null, html: '<p>Page one text.</p>', text: 'Page one text.', readingMinutes: 1,
  takeaways: { source: 'local', items: ['Page one text.'] }, nextPage: { url: 'https://example.org/story/2/', page: 2, total: 3 },
};
const label = (n: number) => `Page ${n}`;

describe('joinPages: a multi-page article saved as the reader showed it', () => {
  test('no following page: the article as it is', () => {
    expect(joinPages(article, [], label)).toBe(article);
  });

  test('following pages go after the first, each under its own label, text and reading time of all', () => {
    const long = Array.from({ length: 700 }, (_, i) => `word${i}`).join(' ');
    const joined = joinPages(article, [
      { page: 2, url: 'https://example.org/story/2/', html: '<p>Second.</p>', text: 'Second.' },
      { page: 3, url: 'https://example.org/story/3/', html: `<p>${long}</p>`, text: long },
    ], label);
    expect(joined.html).toBe(`<p>Page one text.</p>\n<hr><section data-page="2"><p>Page 2</p><p>Second.</p></section>\n<hr><section data-page="3"><p>Page 3</p><p>${long}</p></section>`);
    expect(joined.text).toBe(`Page one text.\n\nSecond.\n\n${long}`);
    expect(joined.readingMinutes).toBe(3); // 705 words at 230 a minute, rounded (page 1 alone: 1)
    expect(joined.nextPage).toBeNull();
    expect(joined.takeaways).toBe(article.takeaways);
    expect(joined.url).toBe(article.url);
  });

  test('a label is text, never markup', () => {
    const joined = joinPages(article, [{ page: 2, url: 'u', html: '', text: '' }], () => '<b>2</b> & more');
    expect(joined.html).toContain('<p>&lt;b&gt;2&lt;/b&gt; &amp; more</p>');
    expect(joined.text).toBe('Page one text.');
  });
});
