// Case- and accent-insensitive matching that still highlights the reader's own text: the folded
// string keeps a map back to the original offsets whenever folding changed a length.

export interface Folded {
  text: string;
  /** Original offset of each folded offset (length text.length + 1); null when they are equal. */
  map: number[] | null;
}

const MARKS = /\p{M}/gu;

function foldChar(ch: string): string {
  return ch.normalize('NFD').replace(MARKS, '').toLowerCase();
}

export function fold(text: string): Folded {
  const simple = text.toLowerCase();
  // Fast path: ASCII text folds to the same length.
  if (simple.length === text.length && !/[^ -~\t\n\r]/.test(text)) return { text: simple, map: null };
  let out = '';
  const map: number[] = [];
  let offset = 0;
  for (const ch of text) {
    const folded = foldChar(ch);
    for (let i = 0; i < folded.length; i++) map.push(offset);
    out += folded;
    offset += ch.length;
  }
  map.push(offset);
  const identity = out.length === text.length && map.every((v, i) => v === i);
  return { text: out, map: identity ? null : map };
}

/** Query terms, folded: whitespace-separated, empty ones dropped. */
export function terms(query: string): string[] {
  return [...new Set(fold(query).text.split(/\s+/).filter(Boolean))];
}
