// Ways into the library from the browser's own UI: the toolbar icon's context menu and the
// extension's options entry (manifest options_ui → library.html, open_in_tab).
import { t } from './i18n';
import browser from 'webextension-polyfill';

export const LIBRARY_MENU_ID = 'open-library';

export async function openLibraryTab(api = browser): Promise<void> {
  await api.tabs.create({ url: api.runtime.getURL('library.html') });
}

/** "Open your library" on the toolbar icon's right-click menu (contexts: action). */
export function addLibraryMenu(api = browser): void {
  api.runtime.onInstalled.addListener(() => {
    // Menus persist across service-worker restarts; create once per install or update.
    api.contextMenus.create({ id: LIBRARY_MENU_ID, title: t('menuOpenLibrary'), contexts: ['action'] });
  });
  api.contextMenus.onClicked.addListener((info) => {
    if (info.menuItemId === LIBRARY_MENU_ID) void openLibraryTab(api);
  });
}
