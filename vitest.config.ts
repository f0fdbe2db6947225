import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: { 'webextension-polyfill': fileURLToPath(new URL('./tests/helpers/outside-extension.ts', import.meta.url)) },
  },
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    testTimeout: 60_000,
    // The default reporter, plus one line naming the suites skipped for want of the full corpus.
    reporters: ['default', './tests/helpers/corpus-reporter.ts'],
  },
});
