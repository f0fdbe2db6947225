// Bullets typed as text instead of list markup: an editor's "• Point" paragraphs in a page's
// takeaways box, and the "* Point" / "1. Point" lines of the on-device model's key points.
// One table of glyphs for both; the callers differ only in whether "1." counts.

// Glyphs that only ever decorate may touch the text ("•Point"). Dashes and "*" need a space
// after them, so that a quoted "—Yes", a "*Note" or a "**Bold**" line is not read as a bullet.
const MARKER = /^\s*(?:[•·▪▫◦‣⁃►▸▶✓✔☑➤→]\s*|(?:[*\u2013\u2014-]|(\d{1,2}[.)]))\s+)/;

/**
 * The bullet at the start of `line` (with the spaces around it), or '' when there is none.
 * `numbered` also takes "1. " and "2) ": right for a model's list, wrong for page paragraphs,
 * where a numbered paragraph is a step or a ranking rather than a decorative bullet.
 */
export function bulletMarker(line: string, { numbered = false } = {}): string {
  const m = MARKER.exec(line);
  if (!m || (m[1] && !numbered)) return '';
  return m[0];
}
