// The rules beyond Readability (src/core/extract/), each on a small page modelled on real markup,
// and each shown to change nothing when switched off.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/cli/extract';
import { extractArticle } from '../../src/core/extract-article';
import { removeBoilerplate } from '../../src/core/extract/boilerplate';

const URL = 'https://forum.example.org/t/bus-timetable/42';
/** A wcxb-dev page vendored into tests/fixtures/wcxb/ (runs without ../shared). */
const vendored = (id: string) => gunzipSync(readFileSync(fileURLToPath(new globalThis.URL(`../fixtures/wcxb/${id}.html.gz`, import.meta.url)))).toString('utf8');
const words = (n: number, topic: string) => Array.from({ length: n }, (_, i) => `${topic}${i % 7 ? '' : ','} word${i}`).join(' ');

// The opening post is long, the replies short: Readability keeps the opening post only.
const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>Opening ${i}: ${words(60, 'timetable')}.</p>`).join('');

/** A XenForo-style thread: one <article class="message"> per post, author and date in each. */
function thread(posts: number): string {
  const post = (i: number) => `<article class="message message--post js-post" id="post-${100 + i}">
    <div class="message-user"><h4 class="message-name">user${i}</h4></div>
    <div class="message-main"><time class="u-dt">Jul ${i + 1}, 2024</time>
    <div class="bbWrapper">${i ? '' : paragraphs}Post ${i} says: ${words(45 + i * 5, 'bus')}.</div>
    <div class="message-actionBar"><a href="#">Reply</a> <button>Like</button></div></div></article>`;
  return `<!doctype html><html><head><title>Bus timetable</title></head><body><nav><a href="/">Forums</a></nav>
    <main><h1>Bus timetable</h1><div class="block-body">${Array.from({ length: posts }, (_, i) => post(i)).join('')}</div></main>
    <footer>© Forum</footer></body></html>`;
}

// On by default behind the "is this a thread" check (thread-check.ts).
describe('posts: a thread is every post, not the one Readability scores highest', () => {
  it('keeps all posts with their authors and dates, without the action bars', () => {
    const result = extractArticle(parsePage(thread(10), URL), { url: URL });
    if (!result.ok) throw new Error(result.error.message);
    for (let i = 0; i < 10; i++) {
      expect(result.article.text).toContain(`Post ${i} says`);
      expect(result.article.text).toContain(`user${i}`);
      expect(result.article.text).toContain(`Jul ${i + 1}, 2024`);
    }
    expect(result.article.text).not.toMatch(/Reply|Like/);
  });

  it('off, Readability alone keeps the opening post and loses the replies', () => {
    const off = extractArticle(parsePage(thread(10), URL), { url: URL, rules: { posts: false } });
    if (!off.ok) throw new Error(off.error.message);
    expect(off.article.text).toContain('Post 0 says');
    expect(off.article.text).not.toContain('Post 3 says');
  });

  it('leaves an article with comments below it alone (the comments do not hold the article)', () => {
    const comment = (i: number) => `<li class="comment"><b>reader${i}</b> ${words(30, 'comment')}</li>`;
    const page = `<!doctype html><html><head><title>Story</title></head><body><article><h1>Story</h1>
      ${Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i}: ${words(60, 'council')}.</p>`).join('')}</article>
      <section><ol class="comments">${Array.from({ length: 8 }, (_, i) => comment(i)).join('')}</ol></section></body></html>`;
    const result = extractArticle(parsePage(page, URL), { url: URL });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.text).toContain('Paragraph 5');
    expect(result.article.text).not.toContain('reader0');
  });
});

describe('noscript: content a page keeps for crawlers (Discourse)', () => {
  const discourse = `<!doctype html><html><head><title>Resolver question</title></head><body>
    <noscript><p>Please enable JavaScript.</p></noscript>
    <section id="main"></section>
    <noscript data-path="/t/resolver/42"><div id="main-outlet" role="main">
      ${[0, 1, 2].map((i) => `<div id="post_${i + 1}" itemprop="comment" itemscope itemtype="http://schema.org/Comment" class="topic-body crawler-post">
        <div class="crawler-post-meta"><span class="creator" itemprop="author">member${i}</span> <time itemprop="datePublished">November ${8 + i}, 2024</time></div>
        <div class="post" itemprop="text"><p>Answer ${i}: ${words(40, 'docker')}.</p></div></div>`).join('')}
    </div></noscript></body></html>`;

  it('reads the posts Readability never sees (it removes noscript)', () => {
    const off = extractArticle(parsePage(discourse, URL), { url: URL, rules: { noscript: false } });
    expect(off.ok).toBe(false);
    const result = extractArticle(parsePage(discourse, URL), { url: URL });
    if (!result.ok) throw new Error(result.error.message);
    for (const i of [0, 1, 2]) expect(result.article.text).toContain(`Answer ${i}`);
    expect(result.article.text).toContain('member2');
    expect(result.article.text).not.toContain('enable JavaScript');
  });
});

describe('boilerplate inside the article container', () => {
  const page = `<!doctype html><html><head><title>Story</title></head><body><article><h1>Story</h1>
    <div class="share"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
    ${Array.from({ length: 5 }, (_, i) => `<p>Paragraph ${i}: ${words(50, 'council')}.</p>`).join('')}
    <p>Sign up for our newsletter to get the best stories in your inbox.</p>
    <p>Residents who subscribe to the council's newsletter, which it sends by email every week, said
      they learned of the change late; ${words(45, 'timetable')}.</p>
    <h3>Related articles</h3><ul><li><a href="/a">Council votes on parking</a></li><li><a href="/b">New bus lanes open</a></li></ul>
    </article></body></html>`;

  it('removes a share bar, a newsletter box and a Related list, and keeps a paragraph about a newsletter', () => {
    const result = extractArticle(parsePage(page, URL), { url: URL, rules: { cleanup: removeBoilerplate } });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.text).not.toMatch(/Share on Facebook|Sign up for our newsletter|Related articles|Council votes on parking/);
    expect(result.article.text).toContain("subscribe to the council's newsletter");
    expect(result.article.text).toContain('Paragraph 4');
    const off = extractArticle(parsePage(page, URL), { url: URL }); // not shipped: off by default
    expect(off.ok && off.article.text).toMatch(/Sign up for our newsletter/);
  });
});

describe('codeBlocks: code inside a wrapper Readability reads as boilerplate (docs.docker.com)', () => {
  const DOCS = 'https://docs.example.com/compose/networking/';
  const yaml = (i: number) => `services:\n  web${i}:\n    build: .\n    ports:\n      - "800${i}:8000"\n  db${i}:\n    image: postgres:18\n`;
  // Tailwind's `scroll-mt-2` matches Readability's negative class pattern ("scroll").
  const block = (i: number) => `<div class="group mt-2 flex scroll-mt-2 flex-col rounded"><div class="relative w-full">
    <button title="copy" class="absolute right-2"><span class="icon-svg hidden">copy</span></button>
    <div class="highlight"><pre class="chroma"><code class="language-yaml">${yaml(i)}</code></pre></div></div></div>`;
  const page = `<!doctype html><html><head><title>Networking in Compose</title></head><body><nav><a href="/">Docs</a></nav>
    <main><article class="prose"><h1>Networking in Compose</h1>
    ${[0, 1, 2].map((i) => `<p>Step ${i}: ${words(50, 'network')}.</p>${block(i)}`).join('')}</article></main></body></html>`;

  it('keeps every code block where it was, without its copy button', () => {
    const result = extractArticle(parsePage(page, DOCS), { url: DOCS });
    if (!result.ok) throw new Error(result.error.message);
    for (const i of [0, 1, 2]) expect(result.article.text).toContain(`"800${i}:8000"`);
    expect(result.article.text.indexOf('Step 1')).toBeLessThan(result.article.text.indexOf('web1:'));
    expect(result.article.html).not.toContain('<button');
  });

  it('off, Readability alone drops the code', () => {
    const off = extractArticle(parsePage(page, DOCS), { url: DOCS, rules: { codeBlocks: false } });
    if (!off.ok) throw new Error(off.error.message);
    expect(off.article.text).toContain('Step 2');
    expect(off.article.text).not.toContain('postgres:18');
  });
});

describe('sections: a page of sections Readability scores apart (git-scm.com, AsciiDoc; vendored wcxb-dev 0689)', () => {
  const html = vendored('0689');
  const MAN = 'https://git-scm.com/docs/git-commit';
  const headings = ['NAME', 'SYNOPSIS', 'DESCRIPTION', 'OPTIONS', 'EXAMPLES', 'DISCUSSION'];

  it('keeps every section with its heading, and not the language menu beside them', () => {
    const result = extractArticle(parsePage(html, MAN), { url: MAN });
    if (!result.ok) throw new Error(result.error.message);
    for (const name of headings) expect(result.article.text).toMatch(new RegExp(`^${name}$`, 'm'));
    expect(result.article.text).toContain('git commit [-a | --interactive | --patch]');
    expect(result.article.text).not.toContain('Localized versions of git-commit manual');
  });

  it('off, Readability alone keeps the OPTIONS section only', () => {
    const off = extractArticle(parsePage(html, MAN), { url: MAN, rules: { sections: false } });
    if (!off.ok) throw new Error(off.error.message);
    expect(off.article.text).toContain('--all');
    expect(off.article.text).not.toMatch(/^SYNOPSIS$/m);
  });
});

describe('hidden: a page hidden until its own script runs (Next.js `visibility:hidden`, a `hidden` wrapper)', () => {
  const STORY = 'https://news.example.com/tutorial';
  const page = (hiding: string) => `<!doctype html><html><head><title>Machine learning tutorial</title></head><body>
    <div id="__next"><div ${hiding}><header><a href="/">Home</a></header><article><h1>Machine learning tutorial</h1>
    ${Array.from({ length: 6 }, (_, i) => `<p>Part ${i}: ${words(50, 'model')}.</p>`).join('')}</article></div></div>
    <div class="menu" style="display:none"><a href="/a">Menu item</a></div></body></html>`;

  it('reads the geeksforgeeks tutorial the benchmark cached before its script ran (vendored wcxb-dev 4020)', () => {
    const html = vendored('4020');
    const GFG = 'https://www.geeksforgeeks.org/machine-learning/machine-learning/';
    expect(extractArticle(parsePage(html, GFG), { url: GFG, rules: { hidden: false } }).ok).toBe(false);
    const result = extractArticle(parsePage(html, GFG), { url: GFG });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.text).toContain('Machine learning is a branch of Artificial Intelligence');
  });

  for (const hiding of ['style="visibility:hidden;min-height:100vh"', 'hidden', 'aria-hidden="true"']) {
    it(`reads the article behind ${hiding}, and leaves a hidden menu hidden`, () => {
      const off = extractArticle(parsePage(page(hiding), STORY), { url: STORY, rules: { hidden: false } });
      expect(off.ok).toBe(false);
      const result = extractArticle(parsePage(page(hiding), STORY), { url: STORY });
      if (!result.ok) throw new Error(result.error.message);
      expect(result.article.text).toContain('Part 5');
      expect(result.article.text).not.toContain('Menu item');
    });
  }
});

describe('wrappers: the page\'s own wrapper is never one of Readability\'s unlikely candidates', () => {
  const html = vendored('2996');
  const BOOK = 'https://doc.rust-lang.org/book/ch09-02-recoverable-errors-with-result.html';

  it('reads the Rust book chapter without its keyboard help and table of contents, which raw Readability keeps', () => {
    // <html class="sidebar-visible">: Readability's first pass removes the whole document, and its
    // retries, run without the unlikely-candidate test, keep the sidebar (mozilla/readability#835).
    const raw = new Readability(parsePage(html, BOOK)).parse();
    expect(raw?.textContent).toContain('Keyboard shortcuts');
    expect(raw?.textContent).toContain('1.1. Installation');
    const off = extractArticle(parsePage(html, BOOK), { url: BOOK, rules: { wrappers: false } });
    expect(off.ok && off.article.text).toContain('1.1. Installation');
    const result = extractArticle(parsePage(html, BOOK), { url: BOOK });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.text).toMatch(/^Most errors aren’t serious enough/);
    expect(result.article.text).not.toContain('Keyboard shortcuts');
    expect(result.article.text).not.toContain('1.1. Installation');
    for (const heading of ['Matching on Different Errors', 'Propagating Errors', 'Shortcuts for Panic on Error']) {
      expect(result.article.text).toContain(heading);
    }
  });

  it('reads a page Readability found only links on, under <html class="avada-html-header-position-top"> (vendored wcxb-dev 4479)', () => {
    const html = vendored('4479');
    const SUITE = 'https://suitecrm.com/';
    const off = extractArticle(parsePage(html, SUITE), { url: SUITE, rules: { wrappers: false } });
    expect(off).toMatchObject({ ok: false, error: { kind: 'not-readerable' } }); // "mostly links"
    const result = extractArticle(parsePage(html, SUITE), { url: SUITE });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.text).toContain('Curious about what we do? Watch our quick introductory video');
  });

  it('leaves an element with less than 90% of the page\'s text to Readability\'s test', () => {
    const STORY = 'https://shop.example.com/boots';
    // A "footer" that holds 80% of the page is not the page: Readability's own answer stands.
    const footer = `<!doctype html><html><head><title>Shop</title></head><body><main><p>${words(60, 'shoe')}.</p></main>
      <div id="footer"><ul>${Array.from({ length: 40 }, (_, i) => `<li><a href="/c${i}">Category ${i} of boots and shoes</a></li>`).join('')}</ul></div></body></html>`;
    const on = extractArticle(parsePage(footer, STORY), { url: STORY, force: true });
    const off = extractArticle(parsePage(footer, STORY), { url: STORY, force: true, rules: { wrappers: false } });
    expect(on.ok && off.ok && on.article.text === off.article.text).toBe(true);
  });
});

describe('nocontent: what a page marks as not content (Google\'s class="nocontent")', () => {
  // The shape of Google's developer docs (ai.google.dev, wcxb-dev 2393): a feedback widget and the
  // licence footer inside the <article> Readability picks, each marked nocontent.
  const DOCS = 'https://ai.google.dev/gemma/docs/functiongemma';
  const page = `<!doctype html><html lang="en"><head><title>FunctionGemma</title></head><body><main><article>
<h1>FunctionGemma</h1>${paragraphs}
<div class="nocontent feedback"><p>Was this helpful? Send feedback about this page to the team that wrote it.</p></div>
<div class="nocontent"><p>Except as otherwise noted, the content of this page is licensed under the Creative Commons Attribution 4.0 License.</p></div>
</article></main></body></html>`;

  it('leaves the marked parts out of the article', () => {
    const result = extractArticle(parsePage(page, DOCS), { url: DOCS });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.text).toContain('Opening 5');
    expect(result.article.text).not.toMatch(/Was this helpful|Except as otherwise noted/);
  });

  it('off, Readability alone keeps them', () => {
    const result = extractArticle(parsePage(page, DOCS), { url: DOCS, rules: { nocontent: false } });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.text).toMatch(/Was this helpful[^]*Except as otherwise noted/);
  });
});
