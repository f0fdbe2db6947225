// End-to-end tests: real Chromium (and Firefox, in firefox.e2e.ts) driving the built extension.
// Files run one after another: each launches its own browser, and two at once on a small CI box
// only makes both slower. Timeouts are generous and only there to catch hangs, never speed.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    // Core's messages, when a test compares with them, in English (the browsers run in English).
    setupFiles: ['tests/helpers/english.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    teardownTimeout: 30_000,
    // A failing e2e test should be looked at, not retried into green.
    retry: 0,
  },
});
