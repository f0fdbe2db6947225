// The data that crosses every boundary in Nutshell: page → background → UI → storage.
// Everything here is plain and structured-cloneable (it travels through scripting.executeScript).
import type { NextPage } from './extract/next-page';

export type { NextPage };

export type TakeawaySource = 'page' | 'local' | 'ai';

export interface Takeaways {
  source: TakeawaySource;
  items: string[];
  /**
   * With source 'page': the author's box as the page shows it, so the reader can find it in the
   * rendered body (by its label and item texts) and show it once. `label` is null for a box that
   * only its markup names (class="article-key-points"); a 'paragraph' box has one item.
   */
  box?: { label: string | null; kind: 'list' | 'paragraph' };
}

export interface Article {
  /** The tab's real URL (never Readability's idea of it). */
  url: string;
  /** The page's own canonical URL (link rel=canonical, og:url), unchecked; see core/library/key.ts. */
  canonicalUrl?: string | null;
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  publishedTime: string | null;
  /** Readability's content: UNTRUSTED HTML, sanitised in core/sanitize.ts before display. */
  html: string;
  /** Plain text of the article as the reader view shows it: blocks separated by blank lines. */
  text: string;
  /** Whole minutes, at least 1. */
  readingMinutes: number;
  takeaways: Takeaways;
  /** The next page of the same article when the page links one (core/extract/next-page.ts). */
  nextPage?: NextPage | null;
}

/** Why no article could be shown; each kind has its own message in the UI. */
export type ExtractFailureKind =
  | 'restricted' // chrome://, web stores, PDF viewer, about: …
  | 'not-readerable' // the readerable gate said no; "Show anyway" may still work
  | 'no-article' // Readability found nothing
  | 'too-large' // the page has more elements than we are willing to parse
  | 'timeout'
  | 'no-tab'
  | 'error';

export interface ExtractFailure {
  kind: ExtractFailureKind;
  message: string;
}

export type ExtractResult = { ok: true; article: Article } | { ok: false; error: ExtractFailure };

/** What the injected extractor answers: a result, or the extension file it needs injected first. */
export type ExtractCall = ExtractResult | { needs: string };
