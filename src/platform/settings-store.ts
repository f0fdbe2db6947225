// The reading settings as ONE small storage.sync item ("settings"), so they follow the reader to
// their other devices (sync's quota is 8 KB an item; this is ~250 bytes). Only this key is touched
// here: saved articles live in storage.local, owned by storage.ts.
import browser from 'webextension-polyfill';
import { validateSettings, type Settings } from '../core/settings/schema';

export const SETTINGS_KEY = 'settings';

type Area = Pick<browser.Storage.StorageArea, 'get' | 'set'>;
type Changes = Record<string, browser.Storage.StorageChange>;
type ChangeListener = (changes: Changes, areaName: string) => void;
interface ChangeEvent {
  addListener(listener: ChangeListener): void;
  removeListener(listener: ChangeListener): void;
}

export interface SettingsStore {
  load(): Promise<Settings>;
  save(settings: Settings): Promise<void>;
  /** Calls back with the new settings whenever any view (or another device) changes them; returns unsubscribe. */
  watch(onChange: (settings: Settings) => void): () => void;
}

export function settingsStore(
  area: Area = browser.storage.sync,
  changes: ChangeEvent = browser.storage.onChanged,
  areaName = 'sync',
): SettingsStore {
  return {
    async load() {
      try {
        return validateSettings((await area.get(SETTINGS_KEY))[SETTINGS_KEY]);
      } catch {
        // Sync can be switched off by policy (Firefox: storage.sync throws without an add-on id
        // or when disabled); reading then falls back to the defaults instead of a blank view.
        return validateSettings(undefined);
      }
    },
    async save(settings) {
      await area.set({ [SETTINGS_KEY]: validateSettings(settings) });
    },
    watch(onChange) {
      const listener: ChangeListener = (all, name) => {
        if (name === areaName && SETTINGS_KEY in all) onChange(validateSettings(all[SETTINGS_KEY]!.newValue));
      };
      changes.addListener(listener);
      return () => changes.removeListener(listener);
    },
  };
}
