// Keyboard commands from the manifest's "commands" (other than _execute_action, which the browser
// handles by opening the popup).
import browser from 'webextension-polyfill';

/**
 * Run `handler` with the id of the tab `name` was pressed in. Both browsers pass that tab
 * (Chrome since 86, Firefox since 126; the manifest asks for Firefox 140), so no fallback query.
 */
export function onCommand(name: string, handler: (tabId: number) => Promise<void>, api = browser): void {
  api.commands.onCommand.addListener(async (command, tab) => {
    if (command === name && tab?.id !== undefined) await handler(tab.id);
  });
}
