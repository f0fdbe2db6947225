// The shipped locales against English, the key set's source of truth: the same keys everywhere,
// the same placeholders in every message, and every key the sources ask for present (scanned from
// src, so a typo in t('…') or say('…') fails here, not as a raw key on screen).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../helpers/corpus';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;
const LOCALES_DIR = join(REPO_ROOT, 'assets/public/_locales');
const read = (lang: string) => JSON.parse(readFileSync(join(LOCALES_DIR, lang, 'messages.json'), 'utf8')) as Messages;
const en = read('en');
const OTHERS = ['de', 'fr', 'es', 'ar'];

/** $1…$9 and $NAME$ in a message, sorted; named placeholders by the substitution they take. */
function placeholders(entry: Messages[string]): string[] {
  const out = [...entry.message.matchAll(/\$(\d)/g)].map((m) => `$${m[1]}`);
  for (const [, name] of entry.message.matchAll(/\$([A-Za-z_@][A-Za-z0-9_@]*)\$/g)) {
    out.push(...[...(entry.placeholders?.[name!.toLowerCase()]?.content ?? `?${name}`).matchAll(/\$(\d)/g)].map((m) => `$${m[1]}`));
  }
  return out.sort();
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [join(dir, d.name)] : [],
  );
}

describe('_locales', () => {
  it('ships the four translations beside English', () => {
    expect(readdirSync(LOCALES_DIR).sort()).toEqual(['ar', 'de', 'en', 'es', 'fr']);
  });

  it.each(OTHERS)('%s: exactly the English keys, none empty', (lang) => {
    const messages = read(lang);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const [key, entry] of Object.entries(messages)) expect(entry.message.trim(), key).not.toBe('');
  });

  it.each(OTHERS)('%s: the same placeholders as English (a "…One" form may spell its number out)', (lang) => {
    const messages = read(lang);
    for (const [key, entry] of Object.entries(en)) {
      const theirs = placeholders(messages[key]!);
      if (key.endsWith('One')) expect(placeholders(entry), key).toEqual(expect.arrayContaining(theirs));
      else expect(theirs, `${lang} ${key}: ${messages[key]!.message}`).toEqual(placeholders(entry));
    }
  });

  it('keeps the names tests and readers know in English', () => {
    expect([en.keyTakeaways?.message, en.saveButton?.message, en.librarySearch?.message]).toEqual(['Key takeaways', 'Save takeaways', 'Search saved takeaways']);
  });

  it('every key the sources ask for exists, and every English key is asked for somewhere', () => {
    const files = sourceFiles(join(REPO_ROOT, 'src'));
    const used = new Set<string>();
    const missing: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\b(t|say)\(\s*'([A-Za-z0-9_]+)'/g)) {
        used.add(m[2]!);
        if (!en[m[2]!]) missing.push(`${relative(REPO_ROOT, file)}: ${m[1]}('${m[2]}')`);
      }
      for (const m of text.matchAll(/\b(tn|sayCount)\(\s*'([A-Za-z0-9_]+)'/g)) {
        for (const form of ['One', 'Other']) {
          used.add(m[2]! + form);
          if (!en[m[2]! + form]) missing.push(`${relative(REPO_ROOT, file)}: ${m[1]}('${m[2]}') needs ${m[2]}${form}`);
        }
      }
      // Keys held in tables (say(KEYS[x]), t(THEME_KEYS[theme])) count as used where they are written.
      for (const m of text.matchAll(/'([a-z][A-Za-z0-9]+)'/g)) if (en[m[1]!]) used.add(m[1]!);
    }
    const manifest = readFileSync(join(REPO_ROOT, 'manifest.json'), 'utf8');
    for (const m of manifest.matchAll(/__MSG_(\w+)__/g)) {
      used.add(m[1]!);
      if (!en[m[1]!]) missing.push(`manifest.json: __MSG_${m[1]}__`);
    }
    expect(missing).toEqual([]);
    expect(Object.keys(en).filter((key) => !used.has(key))).toEqual([]);
  });
});
