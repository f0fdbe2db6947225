// Building regexes from data (site names, label lists): their text must match literally.

/** `text` with every regex metacharacter escaped, so `new RegExp(escapeRegExp(s))` matches `s` itself. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
