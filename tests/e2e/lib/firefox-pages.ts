// Opening pages in Firefox over BiDi, shared by the Firefox end-to-end tests.
import type { Bidi } from './bidi';

/** A new tab at url, once it has loaded. */
export async function openTab(bidi: Bidi, url: string): Promise<string> {
  const { context } = await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' });
  // Not wait:'complete': Firefox fails that command with "Address rejected" when any iframe of
  // the page shows a network error page (corpus pages embed ad frames of unreachable hosts),
  // although the page itself loaded. So wait for the top document ourselves.
  await bidi.send('browsingContext.navigate', { context, url, wait: 'none' });
  await bidi.waitFor(context, `location.href === ${JSON.stringify(url)} && document.readyState === 'complete'`);
  return context;
}

/**
 * An extension page (target: its moz-extension:// URL) in a new tab of the given size. BiDi does not
 * navigate to moz-extension:// itself: the tab hops there from a 127.0.0.1 page (hopUrl).
 */
export async function openExtensionPage(bidi: Bidi, hopUrl: string, target: string, viewport: { width: number; height: number }): Promise<string> {
  const context = await openTab(bidi, hopUrl);
  await bidi.send('browsingContext.setViewport', { context, viewport });
  await bidi.evaluate(context, `(location.href = ${JSON.stringify(target)}, true)`);
  await bidi.waitFor(context, `location.href === ${JSON.stringify(target)} && document.readyState === 'complete'`);
  return context;
}
