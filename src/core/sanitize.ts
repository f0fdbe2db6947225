// The ONE place article HTML is made safe. Readability does not sanitise (its README says so), and
// the page's HTML is hostile by assumption: DOMPurify strips scripts, event handlers and
// javascript: URLs; we also drop everything that could load active content or restyle our UI.
import createDOMPurify from 'dompurify';

const CONFIG = {
  FORBID_TAGS: ['style', 'link', 'meta', 'base', 'form', 'input', 'button', 'textarea', 'select',
    'iframe', 'frame', 'frameset', 'object', 'embed', 'dialog'],
  // Page classes would hook into our stylesheet; `name` can clobber DOM globals; autoplay is rude;
  // roles, live regions and tab stops belong to our UI (a page must not inject a role="alert").
  FORBID_ATTR: ['style', 'class', 'name', 'target', 'ping', 'formaction', 'autofocus', 'autoplay',
    'role', 'aria-live', 'tabindex', 'contenteditable'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: true,
};

export type Sanitizer = (html: string) => string;

/** Build a sanitiser bound to a window (the extension page's, or jsdom's in tests). */
export function createSanitizer(win: Window): Sanitizer {
  const purify = createDOMPurify(win as unknown as Parameters<typeof createDOMPurify>[0]);
  purify.addHook('afterSanitizeAttributes', (node) => {
    // Links leave the reader for a new tab, and tell the destination nothing about us.
    // In-page anchors (#footnote-1) stay in the reader.
    const href = node.getAttribute('href');
    if (node.nodeName === 'A' && href && !href.startsWith('#')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
    // No referrer leak to image hosts from an extension page either.
    if (node.nodeName === 'IMG') node.setAttribute('referrerpolicy', 'no-referrer');
    // Media the page made autoplay or hid its controls on gets the browser's own controls.
    if (node.nodeName === 'VIDEO' || node.nodeName === 'AUDIO') node.setAttribute('controls', '');
  });
  return (html) => purify.sanitize(html, CONFIG) as unknown as string;
}
