// How a messages.json entry becomes text, as the browsers do it (chrome.i18n / browser.i18n):
// named placeholders `$NAME$` take their `content`, then `$1`…`$9` take the substitutions, and
// `$$` is a dollar sign. Pure, so the CLI, the tests and the component fake share one reading.
export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

export function formatMessage(entry: MessageEntry, subs: readonly string[] = []): string {
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return fill(
    entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (m, name: string) => {
      const ph = entry.placeholders?.[name.toLowerCase()] ?? entry.placeholders?.[name];
      return ph ? fill(ph.content) : m;
    }),
  ).replace(/\$\$/g, '$');
}
