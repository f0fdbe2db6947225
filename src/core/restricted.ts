// Pages no extension may read. Checked before injecting so the reader gets a specific message
// instead of the browser's "Cannot access contents of the page" error text.
import { MESSAGES } from './messages';

const BROWSER_SCHEMES = [
  'about:', 'blob:', 'chrome:', 'chrome-extension:', 'chrome-search:', 'chrome-untrusted:',
  'data:', 'devtools:', 'edge:', 'javascript:', 'moz-extension:', 'resource:', 'view-source:',
];

const STORES: { host: string; path?: string }[] = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'addons.mozilla.org' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
];

/** A human reason why `url` can't be read, or null when it may be an ordinary web page. */
export function restrictedReason(url: string | null | undefined): string | null {
  if (!url) return null; // unknown (no permission to see it yet): let injection decide
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return MESSAGES.badUrl;
  }
  if (BROWSER_SCHEMES.includes(parsed.protocol)) {
    return MESSAGES.browserPage;
  }
  if (parsed.protocol === 'file:') {
    return MESSAGES.file;
  }
  const store = STORES.find((s) => parsed.hostname === s.host && (!s.path || parsed.pathname.startsWith(s.path)));
  if (store) return MESSAGES.store;
  if (/\.pdf$/i.test(parsed.pathname)) return MESSAGES.pdf;
  return null;
}
