// Wiring only: opening the reader (a message and a keyboard command), the way into the library
// from the toolbar icon's menu, and keeping opt-in sync in step. Extraction is not here: the
// popup and the reader call platform/tabs themselves, which saves a service-worker wake-up and a
// copy of the article. (`_execute_action` opens the popup by itself; that gesture grants activeTab.)
import { onCommand } from '../platform/commands';
import { installUiTranslator } from '../platform/i18n';
import { addLibraryMenu } from '../platform/library-entry';
import { serve } from '../platform/protocol';
// The sync wiring alone, not the storage façade: that one carries DOMPurify for the pages.
import { keepSyncing } from '../platform/storage/sync-wiring';
import { openReaderTab } from '../platform/tabs';

installUiTranslator();
serve({
  openReader: ({ tabId }) => openReaderTab(tabId),
});

onCommand('open-reader', (tabId) => openReaderTab(tabId));
addLibraryMenu();
keepSyncing();
