// Wiring only: the message handlers and the keyboard command for the full-tab reader.
// (`_execute_action` opens the popup by itself; that gesture is what grants activeTab.)
import browser from 'webextension-polyfill';
import { serve } from '../platform/protocol';
import { extractFromTab } from '../platform/tabs';

async function openReader(tabId: number): Promise<void> {
  const tab = await browser.tabs.get(tabId);
  await browser.tabs.create({
    url: browser.runtime.getURL(`reader.html?tabId=${tabId}`),
    index: tab.index + 1,
    openerTabId: tabId,
    windowId: tab.windowId,
  });
}

serve({
  extract: ({ tabId, force }) => extractFromTab(tabId, force),
  openReader: ({ tabId }) => openReader(tabId),
});

browser.commands.onCommand.addListener(async (command, tab) => {
  if (command !== 'open-reader') return;
  // Firefox before 126 passes no tab; the active tab of the focused window is the same one.
  const target = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (target?.id !== undefined) await openReader(target.id);
});
