// How a reader is told where saved takeaways came from, in the library and in exports.
import type { SavedItems } from './record';

const LABELS = { page: 'author', local: 'key sentences', ai: 'AI' } as const;

export function sourceLabel(takeaways: Pick<SavedItems, 'source' | 'edited'>): string {
  return LABELS[takeaways.source] + (takeaways.edited ? ', edited' : '');
}
