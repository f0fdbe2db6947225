// Our wrapper around Readability must lose nothing: on every upstream test page it returns
// upstream's expected title, byline, excerpt, site name and article content, compared the way
// upstream compares (node by node: tag names, ids, classes, attributes, collapsed text).
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parsePage } from '../../src/cli/extract';
import { extractArticle, MAX_ELEMENTS } from '../../src/core/extract-article';
import { collapseWhitespace } from '../../src/core/text/block-text';
import { corpusDocument, corpusSlugs, expectedMetadata, FAKE_URL, readCorpus } from '../helpers/corpus';

/** Upstream's comparison: a flat list of what matters in each node, whitespace-only text skipped. */
function describeNodes(html: string): string[] {
  const doc = new JSDOM(`<body>${html}</body>`).window.document;
  const out: string[] = [];
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = collapseWhitespace(child.nodeValue ?? '');
        if (text) out.push(`#text ${text}`);
      } else if (child.nodeType === 1) {
        const el = child as Element;
        const attrs = [...el.attributes].map((a) => `${a.name}=${a.value}`).sort().join(' ');
        out.push(`<${el.tagName.toLowerCase()} ${attrs}>`);
        walk(el);
        out.push(`</${el.tagName.toLowerCase()}>`);
      }
    }
  };
  walk(doc.body);
  return out;
}

const slugs = corpusSlugs();

// Pages where npm's @mozilla/readability 0.6.0 itself, run bare on the same jsdom document, does
// not give the fixture's output (the fixtures were taken at a later upstream commit). On these our
// wrapper must equal bare Readability instead, and the test fails once upstream's release catches up.
const UPSTREAM_DRIFT = new Set(['lwn-1', 'mathjax', 'mercurial', 'title-en-dash', 'wapo-1']);

function bareReadability(slug: string) {
  const parsed = new Readability(corpusDocument(slug), { classesToPreserve: ['caption'] }).parse();
  if (!parsed) throw new Error(`${slug}: bare Readability found nothing`);
  return parsed;
}

describe('extractArticle on the Readability corpus', () => {
  it('has the whole corpus to test against', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(130);
  });

  // One parse per page (jsdom is slow). A reader's click reads every one of these articles, even
  // those upstream's isProbablyReaderable() says no to; that gate survives only behind --strict.
  it.each(slugs)('%s: read on a click (old gate only when strict), metadata and content as upstream expects', (slug) => {
    const expected = expectedMetadata(slug);
    const doc = corpusDocument(slug);
    const strict = extractArticle(doc, { url: FAKE_URL, strict: true });
    expect(!strict.ok && strict.error.kind === 'not-readerable').toBe(!expected.readerable);
    const result = extractArticle(doc, { url: FAKE_URL });
    if (!result.ok) throw new Error(`${slug}: ${result.error.message}`);
    const article = result.article;

    expect(article.url).toBe(FAKE_URL);
    if (UPSTREAM_DRIFT.has(slug)) {
      const bare = bareReadability(slug);
      expect(article.html).toBe(bare.content);
      expect(article.title).toBe(bare.title?.trim());
      const matchesFixture = bare.title === expected.title && describeNodes(bare.content ?? '').join() === describeNodes(readCorpus(slug, 'expected.html')).join();
      expect(matchesFixture, 'bare Readability now matches the fixture: drop it from UPSTREAM_DRIFT').toBe(false);
      return;
    }
    if (expected.title) expect(article.title).toBe(expected.title.trim());
    else expect(article.title).toBe(doc.title.trim() || FAKE_URL);
    expect(article.byline).toBe(expected.byline ? collapseWhitespace(expected.byline) : null);
    expect(article.siteName).toBe(expected.siteName ? collapseWhitespace(expected.siteName) : null);
    if (expected.excerpt !== undefined) {
      expect(article.excerpt).toBe(expected.excerpt ? collapseWhitespace(expected.excerpt) : null);
    }
    if (expected.dir) expect(article.dir).toBe(expected.dir);
    if (expected.lang) expect(article.lang).toBe(expected.lang);
    if (expected.publishedTime) expect(article.publishedTime).toBe(expected.publishedTime);
    expect(describeNodes(article.html)).toEqual(describeNodes(readCorpus(slug, 'expected.html')));

    expect(article.text.length).toBeGreaterThan(0);
    expect(article.readingMinutes).toBeGreaterThanOrEqual(1);
    expect(['page', 'local']).toContain(article.takeaways.source);
  });
});

describe('extractArticle failures', () => {
  const page = (body: string) => new JSDOM(`<!doctype html><title>T</title><body>${body}</body>`, { url: FAKE_URL }).window.document;

  it('refuses a page with more elements than it parses, with the count in the message', () => {
    const doc = page('<p>x</p>'.repeat(50));
    const result = extractArticle(doc, { url: FAKE_URL, maxElements: 20 });
    expect(result).toMatchObject({ ok: false, error: { kind: 'too-large' } });
    expect(!result.ok && result.error.message).toMatch(/5\d elements/);
    expect(MAX_ELEMENTS).toBeGreaterThan(10_000); // wikipedia-2 (~9,900 elements) must pass
  });

  it('turns down a result that is not an article, saying what it found; "Show anyway" still shows it', () => {
    const signIn = page('<nav><a href="/a">Home</a> <a href="/b">About</a></nav><form><label>Email <input></label><button>Sign in</button></form><p>Forgot your password? Ask us.</p>');
    const refused = extractArticle(signIn, { url: FAKE_URL });
    expect(refused).toMatchObject({ ok: false, error: { kind: 'not-readerable' } });
    expect(!refused.ok && refused.error.message).toMatch(/doesn't look like an article: Nutshell found \d+ words?.*too little text/);
    const shown = extractArticle(signIn, { url: FAKE_URL, force: true });
    expect(shown.ok && shown.article.text).toMatch(/Forgot your password/);
    const blank = page('<div><img src="logo.png"></div>');
    expect(extractArticle(blank, { url: FAKE_URL, force: true })).toMatchObject({ ok: false, error: { kind: 'no-article' } });
  });

  it('turns down a listing of headlines, and reads the same words as prose', () => {
    const headline = (i: number) => `<a href="/story-${i}">Council approves the new bus timetable for the northern villages, part ${i}</a>`;
    const listing = page(`<main><ul>${Array.from({ length: 12 }, (_, i) => `<li>${headline(i)}</li>`).join('')}</ul></main>`);
    const result = extractArticle(listing, { url: FAKE_URL });
    expect(result).toMatchObject({ ok: false, error: { kind: 'not-readerable' } });
    expect(!result.ok && result.error.message).toMatch(/in links/);
    const prose = page(`<article>${Array.from({ length: 12 }, (_, i) => `<p>Council approves the new bus timetable for the northern villages, part ${i}, after a long debate.</p>`).join('')}</article>`);
    expect(extractArticle(prose, { url: FAKE_URL }).ok).toBe(true);
  });

  it('the old readerable gate refuses before Readability runs only when strict', () => {
    const short = page(`<article><p>${'A short note on the council meeting about buses. '.repeat(3)}</p></article>`);
    expect(extractArticle(short, { url: FAKE_URL, strict: true })).toMatchObject({ ok: false, error: { kind: 'not-readerable' } });
    expect(extractArticle(short, { url: FAKE_URL, strict: true, force: true }).ok).toBe(true);
  });

  it('a page that makes Readability 0.6.0 throw (wcxb-dev 0135, vendored) gives a result, not an exception', () => {
    const html = gunzipSync(readFileSync(fileURLToPath(new URL('../fixtures/wcxb/0135.html.gz', import.meta.url))));
    const url = 'https://onehealthohio.org/dental-care/';
    // linkedom, as the CLI parses pages (Readability throws there; jsdom may parse it differently).
    expect(() => new Readability(parsePage(html, url).cloneNode(true) as Document).parse()).toThrow(/tagName/);
    const result = extractArticle(parsePage(html, url), { url, force: true });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.text.length).toBeGreaterThan(0);
  });

  it('any exception inside extraction becomes a typed error with a human message', () => {
    const doc = page(`<article>${'<p>Some text about the council and its buses, at length.</p>'.repeat(20)}</article>`);
    // Fault injection: the clone Readability parses cannot be made.
    Object.defineProperty(doc, 'cloneNode', { value: () => { throw new Error('clone failed'); } });
    const result = extractArticle(doc, { url: FAKE_URL });
    expect(result).toMatchObject({ ok: false, error: { kind: 'error' } });
    expect(!result.ok && result.error.message).toMatch(/^Nutshell couldn't read this page.*\(clone failed\)/);
  });

  it('never picks a photo caption as a takeaway, even one printed again as a paragraph (guardian-1)', () => {
    const result = extractArticle(corpusDocument('guardian-1'), { url: FAKE_URL });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.takeaways.source).toBe('local');
    expect(result.article.takeaways.items).toHaveLength(3);
    expect(result.article.takeaways.items.join(' ')).not.toMatch(/carves a traditional|Credit|Photograph/);
    expect(result.article.text).toContain('carves a traditional Māori design'); // still in the reader's text
  });

  it('a page that is all preformatted text (an RFC, ietf-1) still gets key sentences', () => {
    const result = extractArticle(corpusDocument('ietf-1'), { url: FAKE_URL });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.takeaways.items.length).toBeGreaterThan(0);
    for (const item of result.article.takeaways.items) expect(result.article.text).toContain(item);
  });

  it('does not change the live document (Readability runs on a clone)', () => {
    const doc = corpusDocument('nytimes-1');
    const before = doc.documentElement.outerHTML;
    expect(extractArticle(doc, { url: FAKE_URL }).ok).toBe(true);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
