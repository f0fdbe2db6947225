import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  test: {
    testTimeout: 60_000,
    // The default reporter, plus one line naming the suites skipped for want of the full corpus.
    reporters: ['default', './tests/helpers/corpus-reporter.ts'],
    projects: [
      {
        // Pure core, CLI and platform modules with injected APIs, in Node.
        resolve: { alias: { 'webextension-polyfill': here('./tests/helpers/outside-extension.ts') } },
        test: {
          name: 'unit',
          setupFiles: ['tests/helpers/english.ts'],
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', 'tests/components/**', 'node_modules/**'],
          testTimeout: 60_000,
        },
      },
      {
        // Preact components and hooks in a DOM (happy-dom), with the browser's APIs faked at the
        // edge (storage.local, Summarizer), never our own modules.
        resolve: { alias: { 'webextension-polyfill': here('./tests/components/fake-browser.ts') } },
        test: {
          name: 'components',
          setupFiles: ['tests/components/setup.ts'],
          include: ['tests/components/**/*.test.tsx'],
          environment: 'happy-dom',
          testTimeout: 30_000,
        },
      },
    ],
  },
});
