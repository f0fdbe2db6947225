// The article's headings as a contents list. Read from the rendered, sanitised body: every id the
// page brought is already `user-content-…` (sanitize.ts), so the ids given here to headings that
// have none use Nutshell's own prefix and can never meet one the page chose.
import { ID_PREFIX } from '../../core/sanitize';

/** Fewer headings than this and a contents list is more noise than help (issue 10). */
export const MIN_HEADINGS = 3;
const OWN_PREFIX = 'ns-heading-';
/** Deeper levels than this are indented like the deepest. */
const MAX_DEPTH = 2;

export interface Heading {
  id: string;
  text: string;
  /** 0 for the body's highest heading level, up to MAX_DEPTH. */
  depth: number;
  el: HTMLElement;
}

export function readHeadings(body: HTMLElement): Heading[] {
  const found = Array.from(body.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6'))
    .map((el) => ({ el, text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(), level: Number(el.localName[1]) }))
    .filter((h) => h.text);
  const top = Math.min(...found.map((h) => h.level));
  const doc = body.ownerDocument;
  let n = 0;
  return found.map(({ el, text, level }) => {
    if (!el.id.startsWith(ID_PREFIX) && !el.id.startsWith(OWN_PREFIX)) {
      // Also skip an id some other piece of Nutshell's own page already holds.
      do n++; while (doc.getElementById(`${OWN_PREFIX}${n}`));
      el.id = `${OWN_PREFIX}${n}`;
    }
    return { id: el.id, text, depth: Math.min(level - top, MAX_DEPTH), el };
  });
}
