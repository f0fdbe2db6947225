// Untyped rules only: they need no TypeScript compiler API and run in a couple of seconds.
// The architecture is enforced here: core is pure, entry points never import each other.
import js from '@eslint/js';
import noUnsanitized from 'eslint-plugin-no-unsanitized';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const entries = ['background', 'content', 'popup', 'reader'];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  noUnsanitized.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['src/core/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/platform/**', '**/ui/**', ...entries.map((e) => `**/${e}/**`)], message: 'core is pure: it imports nothing from platform, UI or entry points.' },
          { group: ['webextension-polyfill', 'preact', 'preact/*'], message: 'core has no browser APIs and no UI.' },
        ],
      }],
      'no-restricted-globals': ['error', 'chrome', 'browser'],
    },
  },
  ...entries.map((entry) => ({
    files: [`src/${entry}/**`],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: entries.filter((e) => e !== entry).map((e) => `**/${e}/**`), message: 'entry points never import each other.' }],
      }],
    },
  })),
);
