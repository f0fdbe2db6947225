// Words as the extraction rules count them (the WCXB benchmark's tokens: Unicode letters, digits, _).

const WORD = /[\p{L}\p{N}_]+/gu;

export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/**
 * Lowercasing changes where words break only for U+0130 (İ → i + a combining dot, which is not a
 * word character): counting skips the lowercased copy of the text everywhere else.
 */
const forCounting = (text: string) => (text.includes('\u0130') ? text.toLowerCase() : text);

export function countWords(text: string): number {
  return forCounting(text).match(WORD)?.length ?? 0;
}

/** Does `text` hold at least `min` words? Stops counting there. */
export function hasWords(text: string, min: number): boolean {
  const re = new RegExp(WORD);
  const source = forCounting(text);
  let n = 0;
  while (n < min && re.exec(source)) n++;
  return n >= min;
}

export function counts(words: readonly string[]): Map<string, number> {
  const bag = new Map<string, number>();
  for (const word of words) bag.set(word, (bag.get(word) ?? 0) + 1);
  return bag;
}

/** The text with its whitespace taken out. */
export function withoutSpaces(text: string): string {
  return text.replace(/\s+/g, '');
}

/** How much text an element holds, whatever its layout: its characters other than whitespace. */
export function textLength(el: Element): number {
  return withoutSpaces(el.textContent ?? '').length;
}
