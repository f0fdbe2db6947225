// "Load no remote content" (a reading setting): the sanitised article with nothing left that
// fetches from another host the moment a view opens. Images become placeholders holding their alt
// text, video and audio a line saying they were not loaded; SVG references and any url() left in
// an attribute go. Runs on the sanitiser's own tree (createSanitizer's `remote: false`), before its
// one serialisation, so no extra parse/serialise round trip is added.

export interface NoRemoteLabels {
  /** Placeholder for an image; `alt` is '' when the image has none. */
  image: (alt: string) => string;
  media: (kind: 'video' | 'audio') => string;
}

export const NO_REMOTE_CLASS = 'ns-no-remote';

// Elements that only fetch (or only describe what to fetch): no placeholder of their own.
const DROP = ['source', 'track', 'image', 'feImage'];
// Attributes that point at a resource (links, <a href>, stay: they load nothing until clicked).
const FETCHING = ['src', 'srcset', 'poster', 'background', 'lowsrc', 'dynsrc', 'longdesc', 'data'];

export function withoutRemote(root: Element, labels: NoRemoteLabels): void {
  const doc = root.ownerDocument;
  const placeholder = (text: string): Element => {
    const span = doc.createElement('span');
    span.setAttribute('class', NO_REMOTE_CLASS);
    span.textContent = text;
    return span;
  };
  for (const picture of Array.from(root.querySelectorAll('picture'))) {
    const img = picture.querySelector('img');
    picture.replaceWith(placeholder(labels.image(img?.getAttribute('alt')?.trim() ?? '')));
  }
  for (const img of Array.from(root.querySelectorAll('img'))) img.replaceWith(placeholder(labels.image(img.getAttribute('alt')?.trim() ?? '')));
  for (const media of Array.from(root.querySelectorAll('video, audio'))) {
    media.replaceWith(placeholder(labels.media(media.localName === 'audio' ? 'audio' : 'video')));
  }
  for (const name of DROP) for (const el of Array.from(root.getElementsByTagName(name))) el.remove();
  for (const el of Array.from(root.querySelectorAll('*'))) {
    for (const attr of Array.from(el.attributes)) {
      const value = attr.value;
      const local = attr.localName;
      // SVG <use href="https://…">, and url(...) in presentation attributes (fill, filter, mask…).
      const svgRef = (local === 'href' && el.namespaceURI === 'http://www.w3.org/2000/svg' && el.localName !== 'a' && !value.trim().startsWith('#'));
      if (FETCHING.includes(local) || svgRef || /url\s*\(\s*['"]?\s*(?!#)/i.test(value)) el.removeAttribute(attr.name);
    }
  }
}
