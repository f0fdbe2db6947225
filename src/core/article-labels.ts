// The title and site label a reader sees for an article, computed once for every place that shows
// or stores them (the view's <h1> and meta line, the tab title, the saved record), so the library
// lists an article exactly as the popup showed it.
import { displayTitle, siteLabel } from './text/title';
import type { Article } from './types';

export interface ArticleLabels {
  /** The title without a "| Site" the meta line already shows. */
  title: string;
  /** The site's name, or its host without "www."; null when the URL has none. */
  site: string | null;
}

export function articleLabels(article: Pick<Article, 'title' | 'siteName' | 'url'>): ArticleLabels {
  return { title: displayTitle(article.title, article.siteName), site: siteLabel(article.siteName, article.url) };
}
