// A cleaned copy of part of the live page, for results Nutshell builds beside Readability's
// (a thread's posts): controls, scripts and hidden parts removed, links and images absolute
// (Readability does that for its own result; sanitize.ts still runs before display).

const DROP = 'script, style, noscript, template, svg, button, form, input, select, textarea, nav, iframe, [hidden], [aria-hidden="true"]';
/** Class or id words of a post's controls and chrome, not its words. */
const CHROME = /(^|[-_\s])(share|sharing|social|signature|reactions?|likes?|votes?|voting|actions?|action-?bar|controls?|toolbar|menu|avatar|badges?|reply|quote-?button|sr-only|visually-hidden)([-_\s]|$)/i;

export function cleanCopy(el: Element, baseURI: string): Element {
  const copy = el.cloneNode(true) as Element;
  for (const drop of [...copy.querySelectorAll(DROP)]) drop.remove();
  for (const child of [...copy.querySelectorAll('[class], [id]')]) {
    if (CHROME.test(`${child.getAttribute('class') ?? ''} ${child.getAttribute('id') ?? ''}`)) child.remove();
  }
  for (const [selector, attribute] of [['a[href]', 'href'], ['img[src]', 'src']] as const) {
    for (const node of copy.querySelectorAll(selector)) {
      const value = node.getAttribute(attribute) ?? '';
      if (value.startsWith('#')) continue;
      try {
        node.setAttribute(attribute, new URL(value, baseURI).href);
      } catch {
        node.removeAttribute(attribute);
      }
    }
  }
  return copy;
}
