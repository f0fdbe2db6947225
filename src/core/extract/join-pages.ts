// A multi-page article as one: what the reader saves once it has appended following pages
// (features/next-page). Saving kept page 1 only before (issue 11's note, stop 16).
import { readingMinutes } from '../reading-time';
import type { Article } from '../types';

export interface FollowingPage {
  page: number;
  url: string;
  /** The extractor's HTML of that page (untrusted, like Article.html: sanitised where it is shown). */
  html: string;
  text: string;
}

/**
 * The first page's article with the following pages' bodies after it, each opened by a rule and a
 * "Page N" line so the saved copy reads as the reader showed it. A saved copy has no next page
 * (the library keeps the body, not the link): what was not loaded is not offered there.
 */
export function joinPages(article: Article, pages: readonly FollowingPage[], pageLabel: (n: number) => string): Article {
  if (!pages.length) return article;
  const html = [article.html, ...pages.map((p) => `<hr><section data-page="${p.page}"><p>${escapeText(pageLabel(p.page))}</p>${p.html}</section>`)].join('\n');
  const text = [article.text, ...pages.map((p) => p.text)].filter(Boolean).join('\n\n');
  return { ...article, html, text, readingMinutes: readingMinutes(text), nextPage: null };
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
