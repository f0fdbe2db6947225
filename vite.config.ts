// One config, two browsers. vite-plugin-web-extension re-reads this file for every sub-build, so
// the target comes from the environment (TARGET=chrome|firefox), not from a CLI flag.
// TEST_BUILD=1 adds only what the end-to-end tests need to reach pages on 127.0.0.1.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import webExtension from 'vite-plugin-web-extension';
import { stopwordFiles } from './scripts/vite-plugins';

const target = process.env.TARGET === 'firefox' ? 'firefox' : 'chrome';
const testBuild = process.env.TEST_BUILD === '1';
const pkg = JSON.parse(readFileSync(resolve(import.meta.dirname, 'package.json'), 'utf8')) as {
  version: string;
};

export default defineConfig({
  root: resolve(import.meta.dirname, 'src'),
  publicDir: resolve(import.meta.dirname, 'assets/public'),
  build: {
    outDir: resolve(import.meta.dirname, 'dist', testBuild ? `${target}-test` : target),
    emptyOutDir: true,
    target: 'es2022',
    // Minified: the extractor is injected into every page a reader asks about, and a smaller
    // bundle parses faster there. (No source maps are shipped.)
    minify: true,
    sourcemap: false,
  },
  resolve: {
    // The injected extractor ships English stop words only; other languages are separate files
    // (see src/core/text/stopword-source.ts and the stopwordFiles plugin below).
    alias: [{ find: /^\.\/stopword-source$/, replacement: resolve(import.meta.dirname, 'src/content/stopword-source.ts') }],
  },
  plugins: [
    stopwordFiles(),
    webExtension({
      browser: target,
      manifest: () => {
        const text = readFileSync(resolve(import.meta.dirname, 'manifest.json'), 'utf8')
          .replace('{{version}}', pkg.version);
        return JSON.parse(text);
      },
      additionalInputs: ['content/extract.ts', 'reader.html', 'library.html'],
      skipManifestValidation: true, // validation downloads a schema; the build must work offline
      disableAutoLaunch: true,
      transformManifest: (manifest) => (testBuild ? withTestAccess(manifest) : manifest),
    }),
  ],
});

/** Test builds only: reach the local test server, and (Firefox) let it open our pages. */
function withTestAccess<M extends object>(manifest: M): M {
  const local = 'http://127.0.0.1/*';
  // Without unlimitedStorage the test build keeps Chrome's real 10 MB limit, so the storage-full
  // path (a refused write, shown, nothing lost) can be tested for real.
  const permissions = ((manifest as { permissions?: string[] }).permissions ?? []).filter((p) => p !== 'unlimitedStorage');
  return {
    ...manifest,
    permissions,
    host_permissions: [local],
    ...(target === 'firefox'
      ? { web_accessible_resources: [{ resources: ['popup.html', 'reader.html', 'library.html'], matches: [local] }] }
      : {}),
  };
}
