// Untyped rules only: they need no TypeScript compiler API and run in a couple of seconds.
// The house is enforced here (DESIGN.md "Layout"), with import-x's no-restricted-paths as
// darkreader does: imports are resolved to files, so the zones hold whatever the relative depth.
//   core      pure: imports no platform, features, ui or entry; no DOM or browser globals
//   platform  the browser's wrappers: imports no features, ui or entry
//   ui        presentational: props in, markup out; imports no platform, features or entry
//   features  may use core, platform, ui and each other; never an entry point
//   entries   compose features; never import each other
import js from '@eslint/js';
import importX from 'eslint-plugin-import-x';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const entries = ['background', 'content', 'popup', 'reader', 'library', 'cli'];
const src = (dir) => `./src/${dir}`;
const zone = (target, from, message) => ({ target: src(target), from: from.map(src), message });

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  noUnsanitized.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'import-x/no-restricted-paths': ['error', {
        zones: [
          zone('core', ['platform', 'features', 'ui', ...entries], 'core is pure: it imports nothing from platform, features, ui or entry points.'),
          zone('platform', ['features', 'ui', ...entries], 'platform wraps the browser: it imports no features, ui or entry points.'),
          // Strings are the one exception: every component reads its text through platform/i18n.ts.
          { ...zone('ui', ['platform', 'features', ...entries], 'ui is presentational (props in, markup out): no platform but i18n, no features.'), except: ['./i18n.ts'] },
          zone('features', entries, 'features never import entry points.'),
          ...entries.map((entry) => zone(entry, entries.filter((e) => e !== entry), 'entry points never import each other.')),
        ],
      }],
    },
  },
  {
    files: ['src/core/**'],
    // A Document is always passed in: core runs in the page, in extension pages and in Node.
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['webextension-polyfill', 'preact', 'preact/*'], message: 'core has no browser APIs and no UI.' }],
      }],
      'no-restricted-globals': ['error',
        ...['document', 'window', 'self', 'location', 'localStorage', 'sessionStorage', 'navigator', 'chrome', 'browser', 'globalThis']
          .map((name) => ({ name, message: 'core is pure: a Document (or window) is passed in.' })),
      ],
    },
  },
  {
    files: ['src/ui/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['webextension-polyfill'], message: 'ui has no browser APIs: features pass data in.' }],
      }],
      'no-restricted-globals': ['error', 'chrome', 'browser'],
    },
  },
);
