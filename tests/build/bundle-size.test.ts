// Budgets for what the extension ships (issue 13), on the built dist/<browser> folders that
// `npm test` builds first. Sizes are deterministic for a given source, so this is a fair test.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import * as stopword from 'stopword';
import { describe, expect, it } from 'vitest';
import { BUDGETS, bundleGroups, pageScripts } from '../../scripts/bundle-report.mjs';
import { stopwordFile, stopwordKey } from '../../src/core/text/stopword-key';

const ROOT = resolve(import.meta.dirname, '../..');
const LANGS = ['en', 'en-US', 'de', 'fr', 'es', 'it', 'pt', 'pt-BR', 'nl', 'ru', 'uk', 'pl', 'ja', 'zh-Hans', 'ko', 'th', 'ar', 'he', 'fa', 'hi', 'tr', 'sv', 'fi', 'da', 'no', 'nb', 'cs', 'el', 'vi', 'id'];

describe.each(['chrome', 'firefox'])('dist/%s', (browser) => {
  const dist = join(ROOT, 'dist', browser);
  const built = () => expect(existsSync(join(dist, 'manifest.json')), `${dist} is missing: run \`npm run build\` first`).toBe(true);

  it('keeps every budgeted part within its gzip budget', () => {
    built();
    const groups = bundleGroups(dist).filter((g) => g !== null);
    expect(groups.map((g) => g.name)).toEqual(expect.arrayContaining(['extractor', 'popup', 'reader', 'background']));
    for (const g of groups) {
      expect(g.gzip, `${g.name}: ${g.gzip} bytes gzip (${g.files.join(' + ')})`).toBeLessThanOrEqual(BUDGETS[g.name as keyof typeof BUDGETS] * 1000);
      expect(g.gzip).toBeGreaterThan(0);
    }
  });

  it('injects one self-contained classic script: content/extract.js imports nothing', () => {
    built();
    const code = readFileSync(join(dist, 'content/extract.js'), 'utf8');
    expect(code).not.toMatch(/(?:^|[;}\s])import\s*(?:[\w$*{},\s]+from\s*)?["']|\bimport\(|(?:^|[;}\s])export\s*[{*]/);
    // A classic script must parse as one (a module's import/export would throw here).
    expect(() => new Function(code)).not.toThrow();
    expect(code).not.toContain('"ara"'); // no other language's stop words inside
  });

  it('popup and reader share their code through one chunk instead of two copies', () => {
    built();
    const popup = pageScripts(dist, 'popup.html').eager;
    const reader = pageScripts(dist, 'reader.html').eager;
    const shared = popup.filter((f: string) => reader.includes(f));
    expect(shared.length).toBeGreaterThan(0);
    const own = [...popup, ...reader].filter((f: string) => !shared.includes(f));
    for (const f of own) expect(readFileSync(join(dist, f)).length, f).toBeLessThan(2_000);
  });

  it('ships, for every language with stop words, a file that registers exactly the package list', () => {
    built();
    for (const lang of LANGS) {
      const file = stopwordFile(lang);
      const key = stopwordKey(lang);
      if (key === 'eng') {
        expect(file, lang).toBeNull(); // English is bundled: nothing more is injected
        continue;
      }
      expect(file, lang).toBe(`content/stopwords/${key}.js`);
      const sandbox: { __nutshellStopwords?: Record<string, string[]> } = {};
      runInNewContext(readFileSync(join(dist, file!), 'utf8'), sandbox);
      expect(sandbox.__nutshellStopwords?.[key], lang).toEqual((stopword as unknown as Record<string, string[]>)[key]);
    }
  });
});
