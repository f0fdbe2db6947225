// Images a page loads lazily carry their real address in data-* attributes (or a <noscript>
// copy) and a placeholder in src. Readability keeps the placeholder on many pages; this pass,
// run on Readability's content before serialising (and so before sanitising), puts the real
// address back, and gives every image an alt: "" for decoration, the caption when one names it.

import { say } from '../i18n/translator';

const SRC_ATTRS = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src'];
const SRCSET_ATTRS = ['data-srcset', 'data-lazy-srcset'];
/** src values that are only a stand-in: a data: URI, an empty gif, a "placeholder"/"blank" file. */
const PLACEHOLDER = /^data:|(?:^|[/_-])(?:placeholder|blank|spacer|pixel|lazy|transparent|grey|gray)[\w-]*\.(?:gif|png|svg|jpe?g)/i;

function isPlaceholder(src: string | null): boolean {
  return !src || !src.trim() || PLACEHOLDER.test(src.trim());
}

/** data-* addresses are not made absolute by Readability (it fixes src and srcset only). */
function absolute(base: string, url: string): string {
  try {
    return new URL(url.trim(), base).href;
  } catch {
    return url;
  }
}
const absoluteSet = (base: string, set: string) =>
  set.split(',').map((part) => part.trim().replace(/^\S+/, (u) => absolute(base, u))).join(', ');

/** `base` is the article's URL (the tab's real one); by default the document's own base. */
export function resolveLazyImages(root: Element, base = root.ownerDocument.baseURI || root.ownerDocument.URL): void {
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const real = SRC_ATTRS.map((a) => img.getAttribute(a)).find((v) => v && !isPlaceholder(v));
    const lazy = img.getAttribute('loading') === 'lazy';
    if (real && (isPlaceholder(img.getAttribute('src')) || lazy)) img.setAttribute('src', absolute(base, real));
    const set = SRCSET_ATTRS.map((a) => img.getAttribute(a)).find(Boolean);
    if (set && (!img.getAttribute('srcset') || isPlaceholder(img.getAttribute('srcset')))) img.setAttribute('srcset', absoluteSet(base, set));
    // The reader shows the whole article at once; a lazy image far down must not stay a hole.
    if (lazy) img.removeAttribute('loading');
  }
  // <noscript><img></noscript> beside a placeholder: the noscript copy is the real image.
  for (const ns of Array.from(root.querySelectorAll('noscript'))) {
    const html = ns.textContent ?? '';
    const m = /<img\b[^>]*\bsrc=["']([^"']+)["'][^>]*>/i.exec(html);
    if (!m) continue;
    const prev = ns.previousElementSibling;
    const img = prev?.localName === 'img' ? prev : root.ownerDocument.createElement('img');
    if (img !== prev || isPlaceholder(img.getAttribute('src'))) img.setAttribute('src', absolute(base, m[1]!));
    const alt = /\balt=["']([^"']*)["']/i.exec(m[0]);
    if (alt && !img.hasAttribute('alt')) img.setAttribute('alt', alt[1]!);
    if (img === prev) ns.remove();
    else ns.replaceWith(img);
  }
  for (const img of Array.from(root.querySelectorAll('img:not([alt])'))) {
    const caption = img.closest('figure')?.querySelector('figcaption')?.textContent?.replace(/\s+/g, ' ').trim();
    img.setAttribute('alt', caption ?? '');
  }
}

/** Video hosts whose embeds become links: the sanitiser drops every iframe (active content). */
const VIDEO_HOSTS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/(?:youtube(?:-nocookie)?\.com\/embed\/)([\w-]{6,})/, (m) => `https://www.youtube.com/watch?v=${m[1]}`],
  [/player\.vimeo\.com\/video\/(\d+)/, (m) => `https://vimeo.com/${m[1]}`],
  [/dailymotion\.com\/embed\/video\/(\w+)/, (m) => `https://www.dailymotion.com/video/${m[1]}`],
  [/player\.twitch\.tv\/\?video=(\w+)/, (m) => `https://www.twitch.tv/videos/${m[1]}`],
];

/** Each embedded video from a usual host as a link with its title, where the player was. */
export function embedsAsLinks(root: Element): void {
  for (const frame of Array.from(root.querySelectorAll('iframe[src], embed[src]'))) {
    const src = frame.getAttribute('src') ?? '';
    for (const [pattern, watch] of VIDEO_HOSTS) {
      const m = pattern.exec(src);
      if (!m) continue;
      const doc = root.ownerDocument;
      const p = doc.createElement('p');
      const a = doc.createElement('a');
      a.setAttribute('href', watch(m));
      a.textContent = say('videoLink', frame.getAttribute('title')?.trim() || new URL(watch(m)).host.replace(/^www\./, ''));
      p.append(a);
      frame.replaceWith(p);
      break;
    }
  }
}

/** Everything media needs before serialising: real image addresses, alts, video links. */
export function prepareMedia(root: Element, base?: string): void {
  resolveLazyImages(root, base);
  embedsAsLinks(root);
}
