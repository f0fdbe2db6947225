// Records for the library's unit tests.
import type { SavedRecord } from '../../../src/core/library/record';

export function record(url: string, over: Partial<SavedRecord> = {}): SavedRecord {
  return {
    version: 2,
    url,
    title: 'A title',
    site: 'news.example',
    savedAt: '2026-01-02T03:04:05.000Z',
    updatedAt: '2026-01-02T03:04:05.000Z',
    takeaways: { source: 'page', items: ['One.', 'Two.'], edited: false },
    note: '',
    hasBody: false,
    previous: null,
    ...over,
  };
}
