// An Article as the extractor hands it to Save, for the storage tests.
import type { Article } from '../../src/core/types';

export const article = (url: string, over: Partial<Article> = {}): Article => ({
  url, title: 'A title | News', byline: 'Ann', siteName: 'News', lang: 'en', dir: null, publishedTime: null,
  html: '<p>Body<img src="https://img.example/a.png" onerror="alert(1)"></p>', text: 'x', readingMinutes: 1,
  takeaways: { source: 'page', items: ['One.', 'Two.'] }, ...over,
});
