// Firefox with the extension installed, and opening pages in it over BiDi: shared by the Firefox
// end-to-end tests.
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchFirefox, type Bidi, type Firefox, type LaunchOptions } from './bidi';

export interface ExtensionFirefox {
  ff: Firefox;
  bidi: Bidi;
  /** moz-extension://<uuid>/ of the installed build. */
  base: string;
  geckoId: string;
  /** The id webExtension.install answered. */
  extension: string;
}

/**
 * Firefox with `build` installed as a temporary add-on. The uuid is chosen here (the
 * `extensions.webextensions.uuids` pref) because BiDi never tells an add-on's moz-extension://
 * origin; host permissions are granted at install by `extensions.originControls.grantByDefault`.
 */
export async function launchFirefoxWithExtension(build: string, prefs: LaunchOptions['prefs'] = {}): Promise<ExtensionFirefox> {
  const manifestPath = join(build, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} is missing: run \`npm run build:test\` first`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { browser_specific_settings: { gecko: { id: string } } };
  const geckoId = manifest.browser_specific_settings.gecko.id;
  const uuid = randomUUID();
  const ff = await launchFirefox({
    prefs: { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: uuid }), 'extensions.originControls.grantByDefault': true, ...prefs },
  });
  try {
    const { extension } = await ff.bidi.send<{ extension: string }>('webExtension.install', { extensionData: { type: 'path', path: build } });
    return { ff, bidi: ff.bidi, base: `moz-extension://${uuid}/`, geckoId, extension };
  } catch (error) {
    await ff.close();
    throw error;
  }
}

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
