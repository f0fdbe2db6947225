// Mozilla Readability's own test pages, read in place from ../shared/corpus (never copied).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';

export const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus/readability-test-pages');
/** The news articles with reference key points (CNN/DailyMail, BBC). */
export const TAKEAWAYS = resolve(import.meta.dirname, '../../../shared/corpus/takeaways');
/** The URL upstream's tests give every page, so expected links resolve the same way. */
export const FAKE_URL = 'http://fakehost/test/page.html';

export interface ExpectedMetadata {
  title: string;
  byline: string | null;
  dir?: string | null;
  lang?: string | null;
  excerpt?: string;
  siteName: string | null;
  publishedTime?: string | null;
  readerable: boolean;
}

export function corpusSlugs(): string[] {
  return readdirSync(CORPUS).filter((slug) => existsSync(join(CORPUS, slug, 'source.html'))).sort();
}

export function readCorpus(slug: string, file: 'source.html' | 'expected.html'): string {
  return readFileSync(join(CORPUS, slug, file), 'utf8');
}

export function expectedMetadata(slug: string): ExpectedMetadata {
  return JSON.parse(readFileSync(join(CORPUS, slug, 'expected-metadata.json'), 'utf8')) as ExpectedMetadata;
}

/** A page parsed as upstream parses it: jsdom, the fake URL, comment nodes removed. */
export function corpusDocument(slug: string): Document {
  // A silent console: real pages' CSS makes jsdom log parse errors that say nothing about us.
  const doc = new JSDOM(readCorpus(slug, 'source.html'), { url: FAKE_URL, virtualConsole: new VirtualConsole() }).window.document;
  const walker = doc.createTreeWalker(doc, 128 /* NodeFilter.SHOW_COMMENT */);
  const comments: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) comments.push(node);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
  return doc;
}
