// The sentence being read (and, where the engine reports word boundaries, the word) painted with
// the CSS Custom Highlight API, as locate.ts paints a takeaway: no markup is added to the body.
export const SENTENCE_HIGHLIGHT = 'nutshell-read-aloud';
export const WORD_HIGHLIGHT = 'nutshell-read-aloud-word';

const supported = () => typeof Highlight === 'function' && typeof CSS !== 'undefined' && 'highlights' in CSS;

export function paint(name: string, range: Range | null): void {
  if (!supported()) return;
  if (range) CSS.highlights.set(name, new Highlight(range));
  else CSS.highlights.delete(name);
}

export function clearHighlights(): void {
  paint(SENTENCE_HIGHLIGHT, null);
  paint(WORD_HIGHLIGHT, null);
}

/**
 * Keep the sentence in view: scroll only when it is outside the band between the sticky toolbar
 * and the read-aloud bar, and bring it to a third of the window (reading continues downwards).
 * Instant when the reader asked for reduced motion.
 */
export function keepInView(range: Range, win: Window = window): void {
  // After the next render: the bar that may cover the sentence appears with the first one.
  win.requestAnimationFrame(() => scrollToRange(range, win));
}

function scrollToRange(range: Range, win: Window): void {
  const rect = range.getBoundingClientRect();
  if (!rect.height && !rect.width) return; // not laid out (hidden, or a DOM without layout)
  const top = (win.document.querySelector('.ns-toolbar')?.getBoundingClientRect().bottom ?? 0) + 8;
  const bottom = (win.document.querySelector('.ns-aloud-bar')?.getBoundingClientRect().top ?? win.innerHeight) - 8;
  if (rect.top >= top && rect.bottom <= bottom) return;
  const reduced = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  win.scrollBy({ top: rect.top - Math.max(top, win.innerHeight / 3), behavior: reduced ? 'auto' : 'smooth' });
}

/** The painted sentence, kept in view again (the bar appeared over it). */
export function keepSentenceInView(): void {
  if (!supported()) return;
  const range = [...(CSS.highlights.get(SENTENCE_HIGHLIGHT)?.values() ?? [])][0];
  if (range instanceof Range) keepInView(range);
}
