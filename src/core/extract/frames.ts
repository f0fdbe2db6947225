// A page whose article sits in a frame (a frameset, or one iframe filling most of the window):
// asked only after the top document gave no article. A same-origin frame's document is read as
// the article (it is the same site, so the top frame's grant covers it); a cross-origin frame is
// another site the reader never clicked on, so it is only named.

export type FramedArticle =
  | { kind: 'same-origin'; doc: Document; url: string }
  | { kind: 'cross-origin'; host: string }
  | null;

/** An iframe counts as the page's main content only past this share of the window. */
const MAIN_SHARE = 0.3;

export function mainFrame(doc: Document): FramedArticle {
  const frames = Array.from(doc.querySelectorAll('frame, iframe')) as HTMLIFrameElement[];
  if (frames.length === 0) return null;
  const view = doc.defaultView;
  const windowArea = view ? view.innerWidth * view.innerHeight : 0;
  const area = (el: Element) => {
    const r = el.getBoundingClientRect?.();
    return r ? r.width * r.height : 0;
  };
  const inFrameset = (el: Element) => el.localName === 'frame' || el.closest('frameset') !== null;
  const candidates = frames
    .filter((el) => inFrameset(el) || (windowArea > 0 && area(el) >= MAIN_SHARE * windowArea))
    .sort((a, b) => area(b) - area(a));
  const frame = candidates[0];
  if (!frame) return null;
  let inner: Document | null = null;
  try {
    inner = frame.contentDocument; // null (never a throw in current browsers) for another origin
  } catch {
    inner = null;
  }
  // A frame not loaded yet shows its initial about:blank document: not the article.
  if (inner?.documentElement && !/^about:/.test(inner.URL)) return { kind: 'same-origin', doc: inner, url: inner.URL };
  try {
    const src = new URL(frame.getAttribute('src') ?? '', doc.baseURI);
    if (!/^https?:$/.test(src.protocol) || src.origin === new URL(doc.URL).origin) return null;
    return { kind: 'cross-origin', host: src.host.replace(/^www\./, '') };
  } catch {
    return null;
  }
}
