// Words as the extraction rules count them (the WCXB benchmark's tokens: Unicode letters, digits, _).

export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
}

export function countWords(text: string): number {
  return wordsOf(text).length;
}

export function counts(words: readonly string[]): Map<string, number> {
  const bag = new Map<string, number>();
  for (const word of words) bag.set(word, (bag.get(word) ?? 0) + 1);
  return bag;
}
