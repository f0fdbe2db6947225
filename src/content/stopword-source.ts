// The injected extractor's stop-word lists (replaces src/core/text/stopword-source.ts in the
// extension build, see vite.config.ts): English is bundled; any other language is registered by
// content/stopwords/<key>.js, which the extension page injects before the extractor runs on a page
// in that language (platform/tabs.ts). Both live in the extension's isolated world: the page's own
// scripts never see them.
import { eng } from 'stopword/src/stopwords_eng.js';

declare global {
  var __nutshellStopwords: Record<string, readonly string[]> | undefined;
}

export function stopwordList(key: string): readonly string[] | undefined {
  if (key === 'eng') return eng;
  const lists = globalThis.__nutshellStopwords;
  return lists && Object.hasOwn(lists, key) ? lists[key] : undefined;
}
