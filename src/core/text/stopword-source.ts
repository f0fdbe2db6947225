// Where stop-word lists come from. Here (Node: the CLI, the tests, the benchmarks) every list of
// the `stopword` package. The injected extractor is built with this module replaced by
// src/content/stopword-source.ts (vite.config.ts `resolve.alias`): English bundled, every other
// language a separate file, content/stopwords/<key>.js, injected only into pages in that language.
// That keeps ~60 languages (50 kB gzip) out of the one script injected on an English page.
import * as stopword from 'stopword';

/** The list for a `stopword` package key ("eng", "porBr"…), or undefined when there is none. */
export function stopwordList(key: string): readonly string[] | undefined {
  const list = (stopword as unknown as Record<string, unknown>)[key];
  return Array.isArray(list) ? (list as string[]) : undefined;
}
