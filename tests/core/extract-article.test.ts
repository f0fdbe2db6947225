// extractArticle's own behaviour: its bounds, failures and takeaways on named pages. Its agreement
// with upstream on the Readability test pages is tests/core/readability-corpus.test.ts.
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { parsePage, setDocumentUrl } from '../../src/cli/extract';
import { extractArticle, MAX_ELEMENTS } from '../../src/core/extract-article';
import { FAKE_URL, readPage } from '../helpers/corpus';
import { upstreamDocument } from '../helpers/corpus-suite';

const corpusDocument = (slug: string) => upstreamDocument(readPage(slug, 'source.html'));

describe('extractArticle failures', () => {
  const page = (body: string) => new JSDOM(`<!doctype html><title>T</title><body>${body}</body>`, { url: FAKE_URL }).window.document;

  it('refuses a page with more elements than it parses, with the count in the message', () => {
    const doc = page('<p>x</p>'.repeat(50));
    const result = extractArticle(doc, { url: FAKE_URL, maxElements: 20 });
    expect(result).toMatchObject({ ok: false, error: { kind: 'too-large' } });
    expect(!result.ok && result.error.message).toBe('This page has 54 elements, more than Nutshell reads (20).');
  });

  it('holds the bound in the CLI too (linkedom answers 0 to getElementsByTagName("*"), 0.18.15)', () => {
    const doc = parsePage(`<!doctype html><title>T</title><body>${'<p>x</p>'.repeat(50)}</body>`, FAKE_URL);
    expect(doc.getElementsByTagName('*').length).toBe(0);
    expect(extractArticle(doc, { url: FAKE_URL, maxElements: 20 })).toMatchObject({ ok: false, error: { kind: 'too-large' } });
  });

  it('reads a page of exactly MAX_ELEMENTS elements and refuses one element more (the default bound)', () => {
    const sized = (count: number) => {
      // html, head, title and body are 4 of the count; no prose, so the strict gate after the bound says no.
      const doc = new JSDOM(`<!doctype html><html><head><title>T</title></head><body>${'<i></i>'.repeat(count - 4)}</body></html>`).window.document;
      expect(doc.getElementsByTagName('*').length).toBe(count);
      // strict: the old gate answers right after the bound, so no Readability pass over 60,000
      // elements (minutes in jsdom, now that a click always runs Readability).
      return extractArticle(doc, { url: FAKE_URL, strict: true });
    };
    expect(sized(MAX_ELEMENTS)).toMatchObject({ ok: false, error: { kind: 'not-readerable' } });
    const over = sized(MAX_ELEMENTS + 1);
    expect(over).toMatchObject({ ok: false, error: { kind: 'too-large' } });
    expect(!over.ok && over.error.message).toBe(
      `This page has ${(MAX_ELEMENTS + 1).toLocaleString('en')} elements, more than Nutshell reads (${MAX_ELEMENTS.toLocaleString('en')}).`,
    );
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
    // A long list of links is the page's content (a list article, a front page), not a stray menu.
    const front = page(`<main><ul>${Array.from({ length: 45 }, (_, i) => `<li>${headline(i)}</li>`).join('')}</ul></main>`);
    const read = extractArticle(front, { url: FAKE_URL });
    if (!read.ok) throw new Error(read.error.message);
    expect(read.article.text).toContain('part 44');
    expect(read.article.takeaways.items).toEqual([]); // headlines are not the key sentences of anything
  });

  it('the old readerable gate refuses before Readability runs only when strict', () => {
    const short = page(`<article><p>${'A short note on the council meeting about buses. '.repeat(3)}</p></article>`);
    expect(extractArticle(short, { url: FAKE_URL, strict: true })).toMatchObject({ ok: false, error: { kind: 'not-readerable' } });
    expect(extractArticle(short, { url: FAKE_URL, strict: true, force: true }).ok).toBe(true);
  });

  it('a page that makes Readability 0.6.0 throw (wcxb-dev 0135, vendored) gives a result, not an exception', () => {
    const html = gunzipSync(readFileSync(fileURLToPath(new URL('../fixtures/wcxb/0135.html.gz', import.meta.url))));
    const url = 'https://onehealthohio.org/dental-care/';
    // linkedom's own tree (not the standard's: the CLI now builds that with parse5) is one where
    // Readability walks past <body> and throws; extraction retries and gives a result.
    const raw = () => {
      const doc = parseHTML(html.toString('utf8')).document as unknown as Document;
      setDocumentUrl(doc, url);
      return doc;
    };
    expect(() => new Readability(raw().cloneNode(true) as Document).parse()).toThrow(/tagName/);
    const result = extractArticle(raw(), { url, force: true });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.text.length).toBeGreaterThan(0);
    // The tree a browser builds from the same bytes reads without the retry.
    expect(new Readability(parsePage(html, url).cloneNode(true) as Document).parse()?.textContent).toBeTruthy();
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
    // Two or three: the box stops at two once they fill about 50 words (key-sentences.ts).
    expect(result.article.takeaways.items.length).toBeGreaterThanOrEqual(2);
    expect(result.article.takeaways.items.join(' ')).not.toMatch(/carves a traditional|Credit|Photograph/);
    expect(result.article.text).toContain('carves a traditional Māori design'); // still in the reader's text
  });

  it('a page that is all preformatted text (an RFC, ietf-1) still gets key sentences', () => {
    const result = extractArticle(corpusDocument('ietf-1'), { url: FAKE_URL });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.takeaways.items).toEqual([
      'This way, the provider of a web application need not also play the role of data storage provider.',
      'The protocol supports storing, retrieving, and removing individual documents, as well as listing the contents of an individual folder, and access control is based on bearer tokens.',
      'Note that other groups may also distribute working documents as Internet-Drafts.',
    ]);
    for (const item of result.article.takeaways.items) expect(result.article.text).toContain(item);
  });

  it('does not change the live document (Readability runs on a clone)', () => {
    const doc = corpusDocument('nytimes-1');
    const before = doc.documentElement.outerHTML;
    expect(extractArticle(doc, { url: FAKE_URL }).ok).toBe(true);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
