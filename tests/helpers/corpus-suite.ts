// Test-side corpus helpers: suites that need the full corpus, and pages parsed as upstream parses them.
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe } from 'vitest';
import { CORPUS_SUITE_PREFIX, FAKE_URL, HAS_CORPUS } from './corpus';

/**
 * A suite that needs the full corpus: skipped when CORPUS_ROOT is absent. When the folder is there
 * it always runs, and a missing part inside it fails the suite (a broken corpus is not a skip).
 */
export function describeCorpus(name: string, fn: () => void): void {
  describe.skipIf(!HAS_CORPUS)(`${CORPUS_SUITE_PREFIX}${name}`, fn);
}

/** A page parsed as upstream parses it: jsdom, the fake URL, comment nodes removed. */
export function upstreamDocument(html: string): Document {
  // A silent console: real pages' CSS makes jsdom log parse errors that say nothing about us.
  const doc = new JSDOM(html, { url: FAKE_URL, virtualConsole: new VirtualConsole() }).window.document;
  const walker = doc.createTreeWalker(doc, 128 /* NodeFilter.SHOW_COMMENT */);
  const comments: Node[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) comments.push(node);
  for (const comment of comments) comment.parentNode?.removeChild(comment);
  return doc;
}
