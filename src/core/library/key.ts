// One article, one key. The page may name its canonical URL (<link rel=canonical>, og:url), but
// only on the tab's own origin: a page must not pick another site's record. Otherwise the tab URL,
// without its fragment and the tracking parameters that make one article look like many.

/** Exact names, and prefixes (utm_*, mc_*, …) of query parameters that only track the visit. */
const TRACKING_NAMES = new Set(['fbclid', 'gclid', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid',
  'ttclid', 'igshid', 'li_fat_id', 'mkt_tok', '_ga', '_gl', '_hsenc', '_hsmi', 'hsctatracking', 'ocid', 'cmpid',
  'ref_src', 'ref_url', 'smid', 'spm', 'vero_id', 'wt_mc', 'wt.mc_id', 'at_medium', 'at_campaign', 'guccounter']);
const TRACKING_PREFIXES = ['utm_', 'mc_', 'pk_', 'mtm_', 'oly_', 'vero_', 'hmb_', 'ga_', 'stm_', 'itm_'];

export function isTrackingParam(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_NAMES.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

/** `url` without fragment and tracking parameters; the input unchanged when it is not a URL. */
export function cleanUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  parsed.hash = '';
  const names = [...new Set([...parsed.searchParams.keys()])];
  for (const name of names) if (isTrackingParam(name)) parsed.searchParams.delete(name);
  // URLSearchParams re-encodes on delete; keep the page's own query text when nothing was removed.
  return parsed.href.replace(/\?$/, '');
}

/** The URL a saved article is known by: its same-origin http(s) canonical URL, else the clean tab URL. */
export function articleUrl(tabUrl: string, canonicalUrl?: string | null): string {
  if (canonicalUrl) {
    try {
      const tab = new URL(tabUrl);
      const canonical = new URL(canonicalUrl, tab);
      if ((canonical.protocol === 'https:' || canonical.protocol === 'http:') && canonical.origin === tab.origin) {
        return cleanUrl(canonical.href);
      }
    } catch {
      // a malformed canonical URL is the page's mistake: fall back to the tab's own URL
    }
  }
  return cleanUrl(tabUrl);
}
