// A page's <base href> decides how Readability resolves the article's relative links and images.
// A cross-origin base (planted by an attacker, or a CDN trick) would point the reader's images and
// links at another host, so only a base on the tab's own origin is honoured; a foreign one is
// removed from the CLONE before parsing, and relative URLs resolve against the tab's real URL.

/** Removes every <base> whose href resolves to an origin other than the tab's. Returns how many. */
export function dropForeignBase(doc: Document, tabUrl: string): number {
  let origin: string;
  try {
    origin = new URL(tabUrl).origin;
  } catch {
    return 0;
  }
  let dropped = 0;
  for (const base of [...doc.getElementsByTagName('base')]) {
    const href = base.getAttribute('href');
    if (href === null) continue;
    let target: string | null = null;
    try {
      target = new URL(href, tabUrl).origin;
    } catch {
      target = null; // an unparsable href is ignored by browsers too; drop it all the same
    }
    if (target !== origin || origin === 'null') {
      base.parentNode?.removeChild(base);
      dropped++;
    }
  }
  return dropped;
}
