// The title and site as a reader wants them shown and saved: "Issue 85 – Firefox Nightly News" under a meta
// line that already says "Firefox Nightly News" reads twice. Readability's own title is kept in the
// Article unchanged (our corpus tests compare it with upstream); this is for display and saving.

import { escapeRegExp } from './regex';

// Not a bare colon: "Firefox: a faster browser" is a real title that starts with a site's name.
const SEPARATORS = ['|', '-', '–', '—', '·', '•', '::', '»', '«', '/'];

/** `title` without a leading or trailing "<separator> <site name>"; unchanged when that is all. */
export function displayTitle(title: string, siteName: string | null): string {
  const site = siteName?.trim();
  if (!site) return title;
  const sep = `\\s*(?:${SEPARATORS.map(escapeRegExp).join('|')})\\s*`;
  const name = escapeRegExp(site);
  const stripped = title
    .replace(new RegExp(`${sep}${name}\\s*$`, 'iu'), '')
    .replace(new RegExp(`^\\s*${name}${sep}`, 'iu'), '')
    .trim();
  return stripped.length >= 3 ? stripped : title;
}

/** The site's name, or its host without "www." when the page names none; null for a bad URL. */
export function siteLabel(siteName: string | null, url: string): string | null {
  if (siteName) return siteName;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
