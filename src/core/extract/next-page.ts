// Articles split over several pages: the URL of the next page of the SAME article, or null.
// Readability declines this (its issue #12); what is risky is following a "next" that is another
// article (WordPress' old <link rel=next> to the next post, "Next story ›"). So a candidate must be
// on the page's own origin and carry a pagination marker over the same path stem as this page
// (?page=2, /2/, /page/2, -2.html, ,4388-2.html …) with a larger page number. Pure: a Document in.

export interface NextPage {
  url: string;
  /** The page number the URL carries (2 when read from page 1). */
  page: number;
  /** The highest page number the page's numbered pagination links (null when it shows none). */
  total: number | null;
}

/** Pagination numbers past this are ids, years or offsets, not pages. */
const MAX_PAGE = 200;
// Not `p`: WordPress without permalinks names POSTS ?p=123, and its rel=next pointed at ?p=124.
const PAGE_PARAMS = ['page', 'pg', 'paged', 'pagina', 'seite', 'pagenum', 'pageno', 'pn', 'strona'];
/** A link's text that means "the next page" (not "next article", not "next story"). */
const NEXT_TEXT = /^(?:next(?: page)?|more|continue(?: reading)?|weiter|nächste seite|suivant(?:e)?|page suivante|siguiente|página siguiente|successiva|volgende)?\s*[›»→>]*$/i;

interface Marked {
  /** The URL with its pagination marker taken out: equal stems are the same article. */
  stem: string;
  page: number;
}

/** The stem and page number of a URL; a URL with no marker is page 1 of its own stem. */
export function pageOf(href: string): Marked[] {
  const url = new URL(href);
  url.hash = '';
  const out: Marked[] = [];
  const add = (page: number, change: (u: URL) => void) => {
    if (!(page >= 1 && page <= MAX_PAGE)) return;
    const copy = new URL(url.href);
    change(copy);
    out.push({ stem: stemOf(copy), page });
  };
  for (const name of PAGE_PARAMS) {
    const value = url.searchParams.get(name);
    if (value !== null && /^\d{1,3}$/.test(value)) add(Number(value), (u) => u.searchParams.delete(name));
  }
  const path = url.pathname;
  // Each shape: (kept prefix)(page number)(kept suffix).
  const shapes = [
    /^(.*)\/(?:page|seite|pagina)[/-]?(\d{1,3})()\/?$/i, // /page/2/, /page-2, /seite/2
    // WordPress <!--nextpage-->: /story-title/2/. Only after a slug (a segment with a word and a
    // hyphen): /articles/12 → /articles/13 and /2024/05/12 are other articles.
    /^(.*\/[^/]*[a-z][^/]*[-_][^/]*)\/(\d{1,3})()\/?$/i,
    /^(.*)[-_,](?:page-?|p)?(\d{1,3})(\.[a-z]{2,5})$/i, // story-2.html, story_p2.htm, gpu,4388-2.html
  ];
  for (const shape of shapes) {
    const m = shape.exec(path);
    if (m) add(Number(m[2]), (u) => (u.pathname = m[1]! + m[3]!));
  }
  out.push({ stem: stemOf(url), page: 1 });
  return out;
}

function stemOf(url: URL): string {
  url.searchParams.sort();
  return `${url.origin}${url.pathname.replace(/\/+$/, '')}?${url.searchParams}`;
}

/** The page number `candidate` has as a later page of `current`'s article, or 0 when it is not one. */
export function laterPageOf(current: string, candidate: string): number {
  let here: Marked[];
  let there: Marked[];
  try {
    if (new URL(current).origin !== new URL(candidate).origin) return 0;
    here = pageOf(current);
    there = pageOf(candidate);
  } catch {
    return 0;
  }
  // The unmarked reading (page 1 of the whole URL) only pairs with a marked one: two unmarked
  // URLs are two articles.
  for (const a of there) {
    if (a.page === 1) continue;
    for (const b of here) if (a.stem === b.stem && a.page > b.page) return a.page;
  }
  return 0;
}

export function findNextPage(doc: Document, url: string): NextPage | null {
  const resolve = (href: string | null) => {
    if (!href) return null;
    try {
      const u = new URL(href, url);
      return /^https?:$/.test(u.protocol) ? u.href : null;
    } catch {
      return null;
    }
  };
  const links = [...doc.querySelectorAll('a[href], link[href]')];
  // Numbered pagination: a link whose text is a number N to page N of this article.
  const numbered = new Map<number, string>();
  for (const link of links) {
    if (link.tagName !== 'A') continue;
    const text = (link.textContent ?? '').trim();
    if (!/^\d{1,3}$/.test(text)) continue; // before resolving: URL parsing every link cost 2% (issue 13)
    const href = resolve(link.getAttribute('href'));
    if (!href) continue;
    const page = laterPageOf(url, href);
    if (page && page === Number(text) && !numbered.has(page)) numbered.set(page, href);
  }
  const current = currentPage(url);
  const total = numbered.size ? Math.max(...numbered.keys()) : null;
  const candidates: string[] = [];
  for (const link of links) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('next') || (link.tagName === 'A' && saysNext(link))) {
      const href = resolve(link.getAttribute('href'));
      if (href) candidates.push(href);
    }
  }
  const next = numbered.get(current + 1);
  if (next) candidates.push(next);
  for (const href of candidates) {
    const page = laterPageOf(url, href);
    // The next page, not a jump: "»" is also "last page" on many sites.
    if (page === current + 1) return { url: href, page, total: total && total >= page ? total : null };
  }
  return null;
}

function currentPage(url: string): number {
  try {
    return Math.max(...pageOf(url).map((m) => m.page));
  } catch {
    return 1;
  }
}

function saysNext(link: Element): boolean {
  const label = (link.getAttribute('aria-label') ?? '').trim();
  const text = (link.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text && !label) return false;
  if (label && /^(?:next page|go to next page|nächste seite|page suivante|página siguiente)$/i.test(label)) return true;
  return !!text && NEXT_TEXT.test(text) && !/^\s*$/.test(text);
}
