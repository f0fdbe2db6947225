// The ONE place article HTML is made safe. Readability does not sanitise (its README says so), and
// the page's HTML is hostile by assumption: DOMPurify strips scripts, event handlers and
// javascript: URLs; we also drop everything that could load active content, restyle our UI, pose
// as our UI to a screen reader, or fetch from the publisher before the reader asks.
import createDOMPurify from 'dompurify';
import { withoutRemote, type NoRemoteLabels } from './no-remote';

/** Prefix DOMPurify's SANITIZE_NAMED_PROPS puts on every article id and name. */
export const ID_PREFIX = 'user-content-';

const CONFIG = {
  FORBID_TAGS: ['style', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select',
    'iframe', 'frame', 'frameset', 'object', 'embed', 'dialog', 'portal', 'fencedframe',
    // Raw-text and inert-content containers: the parser-differential (mXSS) playground.
    'template', 'noscript', 'xmp', 'noembed', 'noframes', 'plaintext'],
  // Page classes would hook into our stylesheet; autoplay is rude; roles, live regions, labels and
  // tab stops belong to our UI: a page must not plant a role="alert" or a second region labelled
  // "Key takeaways" for a screen reader. aria-* attributes that point at ids go too.
  FORBID_ATTR: ['style', 'class', 'target', 'ping', 'formaction', 'autofocus', 'autoplay',
    'role', 'aria-live', 'tabindex', 'contenteditable', 'accesskey', 'popover', 'popovertarget',
    'aria-label', 'aria-labelledby', 'aria-describedby', 'aria-details', 'aria-owns',
    'aria-controls', 'aria-flowto', 'aria-activedescendant', 'aria-errormessage', 'aria-modal',
    'poster', 'srcdoc'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: true,
  // Every id/name becomes user-content-…: no element can take the app's own ids (id="app") or
  // clobber window/document names, and footnote links are rewritten below to follow.
  SANITIZE_NAMED_PROPS: true,
};

const MEDIA = new Set(['video', 'audio']);
const LINKS = new Set(['a', 'area']);
const MATHML = 'http://www.w3.org/1998/Math/MathML';
// Attributes holding a same-document reference (#id) that must follow the id prefix.
const FRAGMENT_REFS = ['href', 'xlink:href', 'usemap'];

export type Sanitizer = (html: string) => string;

export interface SanitizerOptions {
  /** "Load no remote content": images and media become placeholders with these words. */
  noRemote?: NoRemoteLabels;
}

/** Build a sanitiser bound to a window (the extension page's, or jsdom's in tests). */
export function createSanitizer(win: Window, options: SanitizerOptions = {}): Sanitizer {
  const purify = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
  purify.addHook('afterSanitizeAttributes', (node) => {
    const name = node.localName;
    // MathML href makes any element a link in Firefox; articles never need it.
    if (node.namespaceURI === MATHML) node.removeAttribute('href');
    for (const attr of FRAGMENT_REFS) {
      const value = node.getAttribute(attr);
      if (value && value.length > 1 && value.startsWith('#') && !value.startsWith(`#${ID_PREFIX}`)) {
        node.setAttribute(attr, `#${ID_PREFIX}${value.slice(1)}`);
      }
    }
    // Links (HTML and SVG) leave the reader for a new tab and tell the destination nothing about
    // us; in-page anchors (#footnote-1) stay in the reader.
    const href = node.getAttribute('href') ?? node.getAttribute('xlink:href');
    if (LINKS.has(name) && href && !href.startsWith('#')) {
      // Same attribute order every time, so sanitising stored HTML again gives the same string.
      node.removeAttribute('rel');
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
    // The extension pages also send no referrer at all (<meta name="referrer"> in popup.html and
    // reader.html): <video>/<audio>/<source>/<track> have no referrerpolicy attribute of their own.
    if (name === 'img') node.setAttribute('referrerpolicy', 'no-referrer');
    // Media loads nothing until the reader presses play: no preload, no poster (dropped above:
    // a poster is a request to the publisher the moment the view opens), the browser's controls.
    if (MEDIA.has(name)) {
      node.setAttribute('preload', 'none');
      node.setAttribute('controls', '');
    }
    // A default text track is fetched as soon as its media element is created.
    if (name === 'track') node.removeAttribute('default');
  });
  const { noRemote } = options;
  if (!noRemote) return (html) => purify.sanitize(html, CONFIG) as unknown as string;
  return (html) => {
    const body = purify.sanitize(html, { ...CONFIG, RETURN_DOM: true }) as unknown as HTMLElement;
    withoutRemote(body, noRemote);
    return body.innerHTML;
  };
}
