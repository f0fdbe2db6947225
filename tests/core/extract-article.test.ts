// extractArticle's own behaviour: its bounds, failures and takeaways on named pages. Its agreement
// with upstream on the Readability test pages is tests/core/readability-corpus.test.ts.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
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

  it('reads a page of exactly MAX_ELEMENTS elements and refuses one element more (the default bound)', () => {
    // jsdom, not linkedom: linkedom's getElementsByTagName('*') returns nothing (0.18.15).
    const sized = (count: number) => {
      // html, head, title and body are 4 of the count; no prose, so the next gate (readerable) says no.
      const doc = new JSDOM(`<!doctype html><html><head><title>T</title></head><body>${'<i></i>'.repeat(count - 4)}</body></html>`).window.document;
      expect(doc.getElementsByTagName('*').length).toBe(count);
      return extractArticle(doc, { url: FAKE_URL });
    };
    expect(sized(MAX_ELEMENTS)).toMatchObject({ ok: false, error: { kind: 'not-readerable' } });
    const over = sized(MAX_ELEMENTS + 1);
    expect(over).toMatchObject({ ok: false, error: { kind: 'too-large' } });
    expect(!over.ok && over.error.message).toBe(
      `This page has ${(MAX_ELEMENTS + 1).toLocaleString('en')} elements, more than Nutshell reads (${MAX_ELEMENTS.toLocaleString('en')}).`,
    );
  });

  it('gates a page that is not an article, and reports no article when forced', () => {
    const nav = page('<nav><a href="/a">Home</a> <a href="/b">About</a></nav>');
    expect(extractArticle(nav, { url: FAKE_URL })).toMatchObject({ ok: false, error: { kind: 'not-readerable' } });
    const blank = page('<div><img src="logo.png"></div>');
    expect(extractArticle(blank, { url: FAKE_URL, force: true })).toMatchObject({ ok: false, error: { kind: 'no-article' } });
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
