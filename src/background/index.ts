// Wiring only: opening the reader (a message and a keyboard command). Extraction is not here: the
// popup and the reader call platform/tabs themselves, which saves a service-worker wake-up and a
// copy of the article. (`_execute_action` opens the popup by itself; that gesture grants activeTab.)
import { onCommand } from '../platform/commands';
import { serve } from '../platform/protocol';
import { openReaderTab } from '../platform/tabs';

serve({
  openReader: ({ tabId }) => openReaderTab(tabId),
});

onCommand('open-reader', (tabId) => openReaderTab(tabId));
