// "Doesn't look like an article", decided AFTER Readability ran on a reader's click (issue 11):
// the click is a request, so only a result that is clearly not an article is turned down, and the
// reader can still say "Show anyway". Thresholds measured with `npm run bench:quality` on wcxb-dev
// (page types with ground truth) and the Readability corpus; figures in the issue 11 report.
import { say, sayCount } from '../i18n/translator';
import type { PageShape } from './page-shape';

/** Fewer words than this is not something to read (a sign-in box, a cookie wall, an error page). */
export const MIN_WORDS = 40;
/** A result this much made of links is a menu or an index, unless it is long. */
export const MAX_LINK_DENSITY = 0.6;
/** A listing: most blocks are a link and nothing else (headlines of other pages). */
export const MAX_LINK_BLOCKS = 0.7;
/** Past this many words of text outside links, it is read whatever its shape. */
export const ENOUGH_PLAIN_WORDS = 300;
/**
 * Past this many words in all, a result made of links is read too: it is the page's list (a list
 * article, a front page of headlines, a program of events), not a menu Readability picked by
 * mistake; those are short. On wcxb-dev every refused result of 500+ words was the page's content
 * (forced word F1 0.69–1.00, 8 pages, both host halves) and 12 of the 15 below 500 were not.
 */
export const ENOUGH_WORDS = 500;

export type NotArticle = { reason: 'too-little-text' | 'mostly-links' | 'listing'; found: string };

export function notAnArticle(shape: PageShape): NotArticle | null {
  const found = describe(shape);
  if (shape.words < MIN_WORDS) return { reason: 'too-little-text', found };
  const plainWords = shape.words * (1 - shape.linkDensity);
  if (plainWords >= ENOUGH_PLAIN_WORDS || shape.words >= ENOUGH_WORDS) return null;
  if (shape.linkDensity > MAX_LINK_DENSITY) return { reason: 'mostly-links', found };
  if (shape.blocks >= 5 && shape.linkBlocks > MAX_LINK_BLOCKS) return { reason: 'listing', found };
  return null;
}

const REASON_KEYS = { 'too-little-text': 'checkTooLittleText', 'mostly-links': 'checkMostlyLinks', listing: 'checkListing' } as const;

export function notArticleMessage(why: NotArticle): string {
  return say(REASON_KEYS[why.reason], why.found);
}

/** What was found, as a phrase the reason's sentence takes ("3 words (53% in links)"). */
function describe(shape: PageShape): string {
  if (!shape.words) return say('checkNoText');
  const links = Math.round(shape.linkDensity * 100);
  return links >= 10 ? sayCount('checkWordsInLinks', shape.words, links) : sayCount('checkWords', shape.words);
}
