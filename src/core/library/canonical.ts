// The URL a page says it is known by. Only read here; whether it may be used (http(s), the tab's
// own origin) is decided by key.ts, so a page can't pick another site's record.

/** `<link rel=canonical href>`, else `<meta property=og:url content>`, resolved against the document; null if none. */
export function findCanonicalUrl(doc: Document): string | null {
  const link = doc.querySelector('link[rel~="canonical" i][href]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url" i][content]')?.getAttribute('content');
  const raw = (link || og || '').trim();
  if (!raw) return null;
  try {
    return new URL(raw, doc.baseURI && doc.baseURI !== 'about:blank' ? doc.baseURI : undefined).href;
  } catch {
    return null;
  }
}
