// Documentation's code blocks come wrapped: a copy button, a language label, line numbers, and
// utility classes (Tailwind's `scroll-mt-2`, `hidden`) that Readability's class regex reads as
// boilerplate, so its conditional cleaning drops the wrapper and the code with it (docs.docker.com
// lost every YAML example). When code the page wraps so is missing from Readability's text, it
// reads a copy where each such <pre> has taken its wrapper's place. Unwrapping moves the code's
// score to the container, which can change Readability's pick on a landing page (vercel.com lost
// half its text), so the copy's result is kept only when it keeps what the first one had.
// Measured on wcxb-dev (issue 11 report).
import { counts, textLength, withoutSpaces, wordsOf } from './words';

/** Text a wrapper may hold beside its code: "Copy", "yaml", a file name, line numbers. */
const MAX_EXTRA_CHARS = 40;
const WRAPPERS = new Set(['DIV', 'FIGURE', 'SPAN', 'SECTION']);
/** How much of a code block's start must be found in the text to count as kept. */
const PROBE_CHARS = 60;
/** Share of the first result's words the copy's result must keep. */
const MIN_KEPT = 0.95;

/** A copy of the page with its wrapped code blocks unwrapped, when one of them is missing from `keptText`. */
export function codeUnwrapped(doc: Document, keptText: string): Document | null {
  const wrapped = wrappedCode(doc);
  if (!wrapped.length) return null; // most pages: no copy of Readability's text to search
  const kept = withoutSpaces(keptText);
  if (wrapped.every(([pre]) => kept.includes(withoutSpaces(pre.textContent ?? '').slice(0, PROBE_CHARS)))) return null;
  const copy = doc.cloneNode(true) as Document;
  for (const [pre, wrapper] of wrappedCode(copy)) wrapper.replaceWith(pre);
  return copy;
}

/** The copy's result stands when it keeps nearly every word of the first and adds some. */
export function keepsFirst(first: string, second: string): boolean {
  const had = counts(wordsOf(first));
  const has = wordsOf(second);
  const bag = counts(has);
  let all = 0;
  let shared = 0;
  for (const [word, n] of had) {
    all += n;
    shared += Math.min(n, bag.get(word) ?? 0);
  }
  return all > 0 && shared / all >= MIN_KEPT && has.length > all;
}

/** Each <pre> with text and the outermost wrapper that holds nothing else but a few words. */
function wrappedCode(doc: Document): [Element, Element][] {
  const body = doc.body;
  if (!body) return [];
  const out: [Element, Element][] = [];
  for (const pre of body.getElementsByTagName('pre')) {
    const code = textLength(pre);
    if (!code) continue;
    let top: Element = pre;
    for (let up = top.parentElement; up && up !== body && WRAPPERS.has(up.tagName); up = up.parentElement) {
      if (up.getElementsByTagName('pre').length !== 1 || textLength(up) - code > MAX_EXTRA_CHARS) break;
      top = up;
    }
    if (top !== pre) out.push([pre, top]);
  }
  return out;
}
