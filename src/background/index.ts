// Wiring only: the message handlers and the keyboard command for the full-tab reader.
// (`_execute_action` opens the popup by itself; that gesture is what grants activeTab.)
import { onCommand } from '../platform/commands';
import { serve } from '../platform/protocol';
import { extractFromTab, openReaderTab } from '../platform/tabs';

serve({
  extract: ({ tabId, force }) => extractFromTab(tabId, force),
  openReader: ({ tabId }) => openReaderTab(tabId),
});

onCommand('open-reader', (tabId) => openReaderTab(tabId));
