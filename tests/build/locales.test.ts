// What the builds ship for languages: every locale at the extension root with the same keys as
// English, and a manifest that names itself through them (default_locale en, __MSG_…__ keys).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const LOCALES = ['ar', 'de', 'en', 'es', 'fr'];

describe.each(['chrome', 'firefox'])('dist/%s', (browser) => {
  const dist = join(ROOT, 'dist', browser);
  const read = (path: string) => JSON.parse(readFileSync(join(dist, path), 'utf8')) as Record<string, { message: string }>;
  const built = () => expect(existsSync(join(dist, 'manifest.json')), `${dist} is missing: run \`npm run build\` first`).toBe(true);

  it('ships _locales/{en,de,fr,es,ar}/messages.json with identical keys', () => {
    built();
    expect(readdirSync(join(dist, '_locales')).sort()).toEqual(LOCALES);
    const keys = Object.keys(read('_locales/en/messages.json')).sort();
    expect(keys.length).toBeGreaterThan(100);
    for (const lang of LOCALES) expect(Object.keys(read(`_locales/${lang}/messages.json`)).sort(), lang).toEqual(keys);
    expect(read('_locales/ar/messages.json').localeDir?.message).toBe('rtl');
  });

  it('names itself through the English messages by default', () => {
    built();
    const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.default_locale).toBe('en');
    const en = read('_locales/en/messages.json');
    const names = JSON.stringify(manifest).match(/__MSG_(\w+)__/g) ?? [];
    expect(names).toEqual(expect.arrayContaining(['__MSG_extName__', '__MSG_extDescription__']));
    for (const name of names) expect(en[name.slice(6, -2)], name).toBeDefined();
  });
});
