// Build plugin: the stop-word files the extractor loads on demand (the bundle report is printed
// by scripts/build.mjs, from scripts/bundle-report.mjs).
import * as stopword from 'stopword';
import type { Plugin } from 'vite';

/**
 * content/stopwords/<key>.js for every list of the `stopword` package except English (bundled in
 * content/extract.js). Each is a classic script that registers its list in the isolated world
 * the extractor runs in; platform/tabs.ts injects it only into a page in that language.
 */
export function stopwordFiles(): Plugin {
  return {
    name: 'nutshell-stopword-files',
    apply: 'build',
    generateBundle() {
      for (const [key, list] of Object.entries(stopword)) {
        if (key === 'eng' || !Array.isArray(list)) continue;
        this.emitFile({
          type: 'asset',
          fileName: `content/stopwords/${key}.js`,
          source: `(globalThis.__nutshellStopwords??={})[${JSON.stringify(key)}]=${JSON.stringify(list)};\n`,
        });
      }
    },
  };
}
