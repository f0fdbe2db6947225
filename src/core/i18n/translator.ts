// Core builds the texts a reader meets (failures, refusals, storage errors) but may not touch the
// browser: it speaks through a translator that each edge installs once — the extension's pages and
// the injected extractor the browser's i18n (platform/i18n.ts, content/extract.ts), the CLI, the
// benchmarks and the tests English from _locales/en (english.ts). Keys are messages.json keys.
export type Sub = string | number;

export interface Translator {
  /** The message for `key` with `$1`…`$9` filled; numbers are formatted for `lang`. */
  text(key: string, subs?: readonly Sub[]): string;
  /** BCP 47 language of the texts, for plural rules. */
  lang: string;
}

// Until an edge installs one, a message shows as its key (a visible bug, never a blank).
let current: Translator = { text: (key, subs) => (subs?.length ? `${key}(${subs.join(', ')})` : key), lang: 'en' };

export function setTranslator(translator: Translator): void {
  current = translator;
}

export function say(key: string, ...subs: Sub[]): string {
  return current.text(key, subs);
}

/** `${key}One` when `n` takes the language's "one" form, else `${key}Other` (every locale has both keys). */
export function sayCount(key: string, n: number, ...subs: Sub[]): string {
  const form = new Intl.PluralRules(current.lang).select(n) === 'one' ? 'One' : 'Other';
  return current.text(key + form, [n, ...subs]);
}

/** Substitutions as the browser's getMessage wants them: strings, numbers formatted for `lang`. */
export function subStrings(subs: readonly Sub[] | undefined, lang: string): string[] {
  const format = new Intl.NumberFormat(lang);
  return (subs ?? []).map((s) => (typeof s === 'number' ? format.format(s) : s));
}
