// Every UI string goes through here: `_locales/<lang>/messages.json`, read by the browser's own
// i18n (the UI language is the browser's, not a setting of ours). English is the key set's source
// of truth; the other locales must hold exactly the same keys (a unit test checks).
import browser from 'webextension-polyfill';
import type en from '../../assets/public/_locales/en/messages.json';

export type MessageKey = keyof typeof en;

/** The message in the browser's UI language; `subs` fill `$1`…`$9` (or named placeholders). */
export function t(key: MessageKey, subs?: string | number | (string | number)[]): string {
  const list = subs === undefined ? undefined : (Array.isArray(subs) ? subs : [subs]).map(String);
  // A missing key returns "" from the browser; showing the key makes the bug visible, never blank UI.
  return browser.i18n.getMessage(key, list) || key;
}

/** 'rtl' under Arabic or Hebrew UI, from the browser's predefined `@@bidi_dir` message. */
export function uiDirection(): 'ltr' | 'rtl' {
  return browser.i18n.getMessage('@@bidi_dir') === 'rtl' ? 'rtl' : 'ltr';
}

export function uiLanguage(): string {
  return browser.i18n.getUILanguage();
}
