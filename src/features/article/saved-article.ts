// The reader's "read it later" source: reader.html?saved=saved:<url> shows the article saved in
// the library (its clean copy, its saved takeaways) without the page: offline, or after it is gone.
import { MESSAGES } from '../../core/messages';
import { failure } from '../../core/failure';
import { readingMinutes } from '../../core/reading-time';
import { isSavedKey, urlOfKey } from '../../core/library/record';
import type { ExtractResult } from '../../core/types';
import { library } from '../../platform/storage';

export function savedParam(): string | null {
  const key = new URLSearchParams(location.search).get('saved');
  return key && isSavedKey(key) ? key : null;
}

export async function readSaved(key: string): Promise<ExtractResult> {
  const url = urlOfKey(key);
  const [record, body] = await Promise.all([library().get(url), library().body(url)]);
  if (!record || !body) return failure('no-article', record ? MESSAGES.onlyTakeawaysSaved : MESSAGES.notInLibrary);
  const text = body.html.replace(/<[^>]+>/g, ' ');
  return {
    ok: true,
    article: {
      url: record.url, title: record.title, byline: body.byline, siteName: record.site, lang: body.lang, dir: body.dir,
      publishedTime: null, html: body.html, text, readingMinutes: readingMinutes(text),
      takeaways: { source: record.takeaways.source, items: record.takeaways.items },
    },
  };
}
