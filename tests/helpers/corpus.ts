// The one place tests and benchmarks find test data.
//
// Two sources:
// - VENDORED: tests/fixtures/ (committed; a small real subset with its licence in
//   tests/fixtures/README.md). Every test that names a page or a pair reads it from here, so a clone
//   with nothing beside it runs them.
// - The FULL corpus: a folder laid out like ../shared/corpus (readability-test-pages/, boxes/,
//   takeaways/, wcxb-dev/), named by $NUTSHELL_CORPUS (a path relative to the repository root, or
//   absolute) and by default ../shared/corpus. Exhaustive suites need it: they are declared with
//   describeCorpus() (corpus-suite.ts) and are reported as skipped (never passed) when the folder
//   is absent; tests/helpers/corpus-reporter.ts prints the one "corpus: not found" line for them.
// Path lookup and file reading only (no vitest, no DOM), so the bench scripts import it cheaply.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');

/** The full corpus folder ($NUTSHELL_CORPUS, default ../shared/corpus beside the repository). */
export const CORPUS_ROOT = ((env) => (env && isAbsolute(env) ? env : resolve(REPO_ROOT, env || '../shared/corpus')))(
  process.env.NUTSHELL_CORPUS,
);
export const HAS_CORPUS = existsSync(CORPUS_ROOT);

/** Full corpus parts. They may not exist: only describeCorpus() suites and benchmarks read them. */
export const CORPUS = join(CORPUS_ROOT, 'readability-test-pages');
export const TAKEAWAYS = join(CORPUS_ROOT, 'takeaways');
export const BOXES = join(CORPUS_ROOT, 'boxes');
export const WCXB = join(CORPUS_ROOT, 'wcxb-dev');

/** Vendored subset, always present. */
export const FIXTURES = join(REPO_ROOT, 'tests/fixtures');
export const VENDORED_PAGES = join(FIXTURES, 'readability');
export const VENDORED_TAKEAWAYS = join(FIXTURES, 'takeaways');

/** The URL upstream's tests give every page, so expected links resolve the same way. */
export const FAKE_URL = 'http://fakehost/test/page.html';

/** Names of suites declared with describeCorpus() start with this (the reporter looks for it). */
export const CORPUS_SUITE_PREFIX = 'corpus › ';

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

export type PageFile = 'source.html' | 'expected.html';

/** A Readability test-page folder: where pages come from (vendored by default). */
export interface PageSet {
  dir: string;
  slugs(): string[];
  read(slug: string, file: PageFile): string;
  metadata(slug: string): ExpectedMetadata;
}

export function pageSet(dir: string): PageSet {
  const file = (slug: string, name: string) => {
    const path = join(dir, slug, name);
    if (!existsSync(path)) throw new Error(`${path} is missing (vendor the page into tests/fixtures/readability, or use the full corpus)`);
    return path;
  };
  return {
    dir,
    slugs: () => readdirSync(dir).filter((slug) => existsSync(join(dir, slug, 'source.html'))).sort(),
    read: (slug, name) => readFileSync(file(slug, name), 'utf8'),
    metadata: (slug) => JSON.parse(readFileSync(file(slug, 'expected-metadata.json'), 'utf8')) as ExpectedMetadata,
  };
}

/** The vendored pages (tests/fixtures/readability): what named-page tests and the e2e server use. */
export const vendoredPages = pageSet(VENDORED_PAGES);
/** All 130 upstream pages, from the full corpus (describeCorpus suites only). */
export const corpusPages = pageSet(CORPUS);

/** A vendored page's file: the same API the tests used before vendoring. */
export const readPage = (slug: string, file: PageFile): string => vendoredPages.read(slug, file);

export interface TakeawaysRow {
  id: string;
  article: string;
  highlights: string[];
  title?: string;
  lang?: string;
}

export const TAKEAWAYS_SETS = ['cnndm_test_subset', 'bbc_news_summary'] as const;
export type TakeawaysSet = (typeof TAKEAWAYS_SETS)[number];

const readJsonl = (path: string): TakeawaysRow[] =>
  readFileSync(path, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as TakeawaysRow);

/** The vendored sample of a takeaways set (licence-compatible pairs only; see the fixtures README). */
export const vendoredTakeaways = (set: TakeawaysSet): TakeawaysRow[] => readJsonl(join(VENDORED_TAKEAWAYS, `${set}.sample.jsonl`));
/** The full development file of a takeaways set (describeCorpus suites and benchmarks). */
export const corpusTakeawaysFile = (set: TakeawaysSet): string => join(TAKEAWAYS, `${set}.dev.jsonl`);
export const corpusTakeaways = (set: TakeawaysSet): TakeawaysRow[] => readJsonl(corpusTakeawaysFile(set));
