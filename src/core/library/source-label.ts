// How a reader is told where saved takeaways came from, in the library and in exports.
import { say } from '../i18n/translator';
import type { SavedItems } from './record';

const LABELS = { page: 'savedSourcePage', local: 'savedSourceLocal', ai: 'savedSourceAi' } as const;

export function sourceLabel(takeaways: Pick<SavedItems, 'source' | 'edited'>): string {
  const label = say(LABELS[takeaways.source]);
  return takeaways.edited ? say('savedSourceEdited', label) : label;
}
