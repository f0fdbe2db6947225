// The library's own two switches, in one small local item. (The reader's settings, issue 10,
// keep their own item; this one stays local so a device can choose for itself.)
import type { Area } from './area';

export const LIBRARY_SETTINGS_KEY = 'settings:library';

export interface LibrarySettings {
  /** Save the clean article with the takeaways, to read it later offline. */
  keepBodies: boolean;
  /** Opt-in: sync takeaways and notes through the browser's storage.sync. */
  sync: boolean;
}

export const DEFAULT_LIBRARY_SETTINGS: LibrarySettings = { keepBodies: true, sync: false };

export async function readLibrarySettings(area: Area): Promise<LibrarySettings> {
  const value = (await area.get(LIBRARY_SETTINGS_KEY))[LIBRARY_SETTINGS_KEY] as Partial<LibrarySettings> | undefined;
  return {
    keepBodies: typeof value?.keepBodies === 'boolean' ? value.keepBodies : DEFAULT_LIBRARY_SETTINGS.keepBodies,
    sync: typeof value?.sync === 'boolean' ? value.sync : DEFAULT_LIBRARY_SETTINGS.sync,
  };
}

export async function writeLibrarySettings(area: Area, change: Partial<LibrarySettings>): Promise<LibrarySettings> {
  const next = { ...(await readLibrarySettings(area)), ...change };
  await area.set({ [LIBRARY_SETTINGS_KEY]: next });
  return next;
}
