// Every UI string goes through here: `_locales/<lang>/messages.json`, read by the browser's own
// i18n (the UI language is the browser's, not a setting of ours). English is the key set's source
// of truth; the other locales must hold exactly the same keys (a unit test checks).
import browser from 'webextension-polyfill';
import type en from '../../assets/public/_locales/en/messages.json';
import { setTranslator, subStrings, type Sub } from '../core/i18n/translator';

export type MessageKey = keyof typeof en;

/** The message in the browser's UI language; `subs` fill `$1`…`$9`, numbers formatted for that language. */
export function t(key: MessageKey, subs?: Sub | Sub[]): string {
  const list = subs === undefined ? undefined : subStrings(Array.isArray(subs) ? subs : [subs], uiLanguage());
  // A missing key returns "" from the browser; showing the key makes the bug visible, never blank UI.
  return browser.i18n.getMessage(key, list) || key;
}

type CountKey<K> = K extends `${infer Base}One` ? (`${Base}Other` extends MessageKey ? Base : never) : never;

/** `${key}One` or `${key}Other` by the UI language's plural rule for `n` (both keys exist in every locale). */
export function tn(key: CountKey<MessageKey>, n: number, ...subs: Sub[]): string {
  const form = new Intl.PluralRules(uiLanguage()).select(n) === 'one' ? 'One' : 'Other';
  return t(`${key}${form}` as MessageKey, [n, ...subs]);
}

/** A number in the UI language's digits and separators. */
export function formatNumber(n: number, digits = 0): string {
  return new Intl.NumberFormat(uiLanguage(), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
}

// Language and direction are those of the messages actually shown, which each locale states
// itself (`localeCode`, `localeDir`). The browser's own `@@bidi_dir`, `@@ui_locale` and
// getUILanguage() follow its UI locale instead: Debian's Chromium, which ships only en-US.pak,
// serves the Arabic messages under --lang=ar yet says "ltr" and "en-US"; and a UI language we have
// no translation for (Italian) shows English strings, which must not be tagged lang="it".

/** 'rtl' under the Arabic messages, else 'ltr'. */
export function uiDirection(): 'ltr' | 'rtl' {
  return browser.i18n.getMessage('localeDir') === 'rtl' ? 'rtl' : 'ltr';
}

/** BCP 47 language of the shown messages ('en' when unknown). */
export function uiLanguage(): string {
  return browser.i18n.getMessage('localeCode') || 'en';
}

/** The page's <html> takes the UI's language and direction (the article body keeps its own). */
export function applyUiLocale(doc: Document = document): void {
  doc.documentElement.lang = uiLanguage();
  doc.documentElement.dir = uiDirection();
}

/** Core's own texts (failures, refusals) speak the UI's language: each entry calls this once. */
export function installUiTranslator(): void {
  setTranslator({
    text: (key, subs) => t(key as MessageKey, subs ? [...subs] : undefined),
    get lang() {
      return uiLanguage();
    },
  });
}
