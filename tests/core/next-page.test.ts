// The next page of the same article (src/core/extract/next-page.ts), on pagination shapes taken
// from real sites, and the look-alikes that are another article or another site.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/cli/extract';
import { extractArticle } from '../../src/core/extract-article';
import { dropShown, shownBlocks } from '../../src/core/extract/drop-shown';
import { findNextPage, laterPageOf } from '../../src/core/extract/next-page';

const page = (head: string, body: string) =>
  `<!doctype html><html><head><title>A long read</title>${head}</head><body><article><h1>A long read</h1>
  <p>${'Words of the article that go on for a while. '.repeat(20)}</p></article>${body}</body></html>`;
const next = (html: string, url: string) => findNextPage(parsePage(html, url), url);

describe('laterPageOf: the same article, a later page', () => {
  const cases: [string, string, number][] = [
    // ?page=N (The Atlantic, Forbes, phpBB/Discourse-style threads)
    ['https://www.theatlantic.com/magazine/archive/2008/07/google/306868/', 'https://www.theatlantic.com/magazine/archive/2008/07/google/306868/?page=2', 2],
    ['https://news.example.com/story/123?page=2', 'https://news.example.com/story/123?page=3', 3],
    ['https://news.example.com/story/123', 'https://news.example.com/story/123?page=2', 2],
    ['https://news.example.com/story/123?ref=home', 'https://news.example.com/story/123?page=2&ref=home', 2],
    // WordPress <!--nextpage--> and Ars Technica: /slug/2/
    ['https://arstechnica.com/gadgets/2019/05/a-long-review-title/', 'https://arstechnica.com/gadgets/2019/05/a-long-review-title/2/', 2],
    ['https://blog.example.com/2019/05/my-post/2/', 'https://blog.example.com/2019/05/my-post/3/', 3],
    // AnandTech: /show/ID/slug/N
    ['https://www.anandtech.com/show/21116/the-intel-core-i9-review', 'https://www.anandtech.com/show/21116/the-intel-core-i9-review/2', 2],
    // Tom's Hardware: slug,ID.html → slug,ID-2.html; story.html → story-2.html; /page/2
    ['https://www.tomshardware.com/reviews/gpu-hierarchy,4388.html', 'https://www.tomshardware.com/reviews/gpu-hierarchy,4388-2.html', 2],
    ['https://www.example.de/artikel/story.html', 'https://www.example.de/artikel/story-2.html', 2],
    ['https://www.example.com/feature/long-story', 'https://www.example.com/feature/long-story/page/2', 2],
    ['https://www.example.com/feature/long-story/page/2', 'https://www.example.com/feature/long-story/page/3', 3],
    ['https://www.spiegel.example/a-1234.html', 'https://www.spiegel.example/a-1234.html?seite=2', 2],
  ];
  for (const [from, to, want] of cases) {
    it(`${from} → ${to} is page ${want}`, () => expect(laterPageOf(from, to)).toBe(want));
  }

  const others: [string, string, string][] = [
    ['another article (WordPress rel=next to the next post)', 'https://blog.example.com/2019/05/my-post/', 'https://blog.example.com/2019/05/your-post/'],
    ['another article with a numeric id', 'https://news.example.com/articles/12', 'https://news.example.com/articles/13'],
    ['another day of an archive', 'https://news.example.com/2024/05/12', 'https://news.example.com/2024/05/13'],
    ['another origin', 'https://news.example.com/story/123', 'https://evil.example.net/story/123?page=2'],
    ['another scheme', 'https://news.example.com/story/123', 'http://news.example.com/story/123?page=2'],
    ['an earlier page', 'https://news.example.com/story/123?page=3', 'https://news.example.com/story/123?page=2'],
    ['the same page', 'https://news.example.com/story/123?page=2', 'https://news.example.com/story/123?page=2#comments'],
    ['a post id, not a page (?p=)', 'https://blog.example.com/?p=123', 'https://blog.example.com/?p=124'],
    ['an offset past any page count', 'https://news.example.com/story?page=1', 'https://news.example.com/story?page=2000'],
    ['not a URL', 'https://news.example.com/story', 'http://['],
  ];
  for (const [why, from, to] of others) it(`${why} is not a later page`, () => expect(laterPageOf(from, to)).toBe(0));
});

describe('findNextPage', () => {
  const url = 'https://www.example.com/feature/long-story';
  it('reads <link rel=next> in the head', () => {
    expect(next(page('<link rel="next" href="/feature/long-story/page/2">', ''), url))
      .toEqual({ url: `${url}/page/2`, page: 2, total: null });
  });
  it('reads <a rel="next"> and the total from numbered pagination', () => {
    const nav = `<nav class="pagination"><span>1</span> <a href="?page=2">2</a> <a href="?page=3">3</a>
      <a href="?page=4">4</a> <a rel="next" href="?page=2">Next</a></nav>`;
    expect(next(page('', nav), url)).toEqual({ url: `${url}?page=2`, page: 2, total: 4 });
  });
  it('reads a "Next ›" link and numbered pagination without rel (ars style /2/)', () => {
    const here = 'https://arstechnica.com/gadgets/2019/05/a-long-review-title/';
    const nav = `<nav class="page-numbers"><a href="${here}2/">2</a> <a href="${here}3/">3</a> <a href="${here}2/">Next ›</a></nav>`;
    expect(next(page('', nav), here)).toEqual({ url: `${here}2/`, page: 2, total: 3 });
  });
  it('numbered pagination alone: the link to page current + 1', () => {
    const here = 'https://news.example.com/story/123?page=2';
    const nav = '<div class="pager"><a href="?page=1">1</a> <b>2</b> <a href="?page=3">3</a></div>';
    expect(next(page('', nav), here)).toEqual({ url: 'https://news.example.com/story/123?page=3', page: 3, total: 3 });
  });
  it('an aria-label "Next page" icon link (Material, Bootstrap pagers)', () => {
    const nav = '<ul class="pagination"><li><a aria-label="Next page" href="/feature/long-story/page/2"><svg></svg></a></li></ul>';
    expect(next(page('', nav), url)?.url).toBe(`${url}/page/2`);
  });
  it('a German "Weiter" link to ?seite=2', () => {
    const here = 'https://www.spiegel.example/a-1234.html';
    expect(next(page('', '<a href="?seite=2">Weiter »</a>'), here)?.url).toBe(`${here}?seite=2`);
  });
  it('ignores "Next story", a next link to another article, "»" to the last page and a cross-origin next', () => {
    const here = 'https://blog.example.com/2019/05/my-post/';
    const html = page('<link rel="next" href="https://blog.example.com/2019/05/your-post/">',
      `<a href="/2019/05/their-post/">Next story ›</a> <a rel="next" href="https://cdn.other.example/2019/05/my-post/2/">Next</a>
       <a href="${here}5/">»</a>`);
    expect(next(html, here)).toBeNull();
  });
  it('an article with no pagination has no next page', () => {
    expect(next(page('', '<a href="/about">About</a> <a href="/feature/long-story#comments">3</a>'), url)).toBeNull();
  });
});

describe('a following page drops what was already shown', () => {
  it('dropShown removes blocks whose text is a shown block, whitespace aside', () => {
    const doc = parsePage('<div id="c"><p>Subscribe  to our newsletter.</p><p>New words.</p><ul><li>Shared</li></ul></div>', 'https://x.example/');
    const root = doc.getElementById('c')!;
    expect(dropShown(root, shownBlocks(['Old text.\n\nSubscribe to our newsletter.\n\nShared']))).toBe(2);
    expect(root.textContent).toBe('New words.');
  });
  it('extractArticle with `shown` keeps the new text, skips takeaways and links the page after', () => {
    const u = 'https://news.example.com/story/123?page=2';
    const lede = 'This standfirst line repeats at the top of every page of the story.';
    const html = `<!doctype html><html><head><title>Story</title></head><body><article><p>${lede}</p>
      ${Array.from({ length: 5 }, (_, i) => `<p>Page two paragraph ${i} ${'with enough words to read. '.repeat(8)}</p>`).join('')}
      </article><a href="?page=1">1</a> <a href="?page=3">3</a></body></html>`;
    const result = extractArticle(parsePage(html, u), { url: u, shown: [`Intro.\n\n${lede}`] });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.text).not.toContain('standfirst');
    expect(result.article.text).toContain('Page two paragraph 4');
    expect(result.article.takeaways.items).toEqual([]);
    expect(result.article.nextPage).toEqual({ url: 'https://news.example.com/story/123?page=3', page: 3, total: 3 });
  });
});
