// WCXB's scoring (its evaluate.py, described in corpus/wcxb-dev/README.md): tokens are Python's
// re.findall(r'\w+', text.lower()); precision and recall over token multisets; an empty reference
// scores 1 only for an empty prediction, an empty prediction scores 0; figures are means over pages.

export interface Score {
  p: number;
  r: number;
  f1: number;
}

// The extraction rules count words with the same tokens (src/core/extract/words.ts): one definition.
import { counts, wordsOf as wcxbTokens } from '../../src/core/extract/words';

export { counts, wcxbTokens };

/** Size of the multiset intersection. */
export function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  for (const [token, n] of a) shared += Math.min(n, b.get(token) ?? 0);
  return shared;
}

export function wcxbScore(prediction: string, reference: string): Score {
  const pred = wcxbTokens(prediction);
  const ref = wcxbTokens(reference);
  if (!ref.length) return pred.length ? { p: 0, r: 0, f1: 0 } : { p: 1, r: 1, f1: 1 };
  if (!pred.length) return { p: 0, r: 0, f1: 0 };
  const shared = overlap(counts(pred), counts(ref));
  const p = shared / pred.length;
  const r = shared / ref.length;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Share of snippets found in the text (case-insensitive, whitespace collapsed); null when none. */
export function snippetRate(text: string, snippets: readonly string[]): number | null {
  if (!snippets.length) return null;
  const haystack = squash(text);
  return snippets.filter((snippet) => haystack.includes(squash(snippet))).length / snippets.length;
}

function squash(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}
