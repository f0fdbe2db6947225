// Threads (forums, Q&A, comments-as-content): Readability keeps the one post it scores highest.
// Decided from the page and from Readability's result: when a run of sibling blocks of the same
// shape holds Readability's text AND much more text than it kept, the article is that run of
// blocks (every post, with its author and date as text), not one container. Blocks marked as
// posts with schema.org microdata need not contain Readability's text (it may have kept a header). Measured per page
// type with `npm run bench:quality` (issue 11 report).
import { threadFeatures, type ThreadFeatures } from './thread-check';
import { counts, wordsOf } from './words';

/** A run needs this many blocks of the same shape with real text. */
const MIN_POSTS = 2;
/** Words outside links for a block to count as a post. */
const MIN_POST_WORDS = 8;
/** Share of Readability's words the run must contain: it is where Readability was. */
const MIN_CONTAINED = 0.6;
/** The run must hold this many times Readability's words, or Readability's pick stands. */
const MIN_GAIN = 1.5;
const MAX_LINK_SHARE = 0.35;

export function findPosts(doc: Document, keptText: string): Element[] | null {
  const body = doc.body;
  if (!body) return null;
  const kept = counts(wordsOf(keptText));
  const keptWords = [...kept.values()].reduce((a, b) => a + b, 0);
  if (!keptWords) return null;
  let best: { posts: Element[]; words: number } | null = null;
  for (const parent of [body, ...body.querySelectorAll('*')]) {
    const groups = new Map<string, Element[]>();
    for (const child of parent.children) {
      const key = shapeOf(child);
      groups.set(key, [...(groups.get(key) ?? []), child]);
    }
    for (const group of groups.values()) {
      if (group.length < MIN_POSTS) continue;
      const posts = group.filter((el) => plainWords(el) >= MIN_POST_WORDS);
      if (posts.length < MIN_POSTS) continue;
      const words = group.reduce((sum, el) => sum + plainWords(el), 0);
      if (best && words <= best.words) continue;
      if (words < keptWords * MIN_GAIN || linkShare(group) > MAX_LINK_SHARE) continue;
      if (!group.some(isMarkedPost) && containedShare(kept, keptWords, group) < MIN_CONTAINED) continue;
      best = { posts: group, words };
    }
  }
  return best?.posts ?? null;
}

/** schema.org microdata of a post (Discourse, phpBB, vBulletin, Stack Exchange answers mark them). */
const POST_TYPES = /schema\.org\/(Comment|Answer|Question|DiscussionForumPosting|SocialMediaPosting)$/i;

function isMarkedPost(el: Element): boolean {
  return el.getAttribute('itemprop') === 'comment' || POST_TYPES.test(el.getAttribute('itemtype') ?? '');
}

/** Tag and class words without digits (post-123 and post-124 are the same shape). */
function shapeOf(el: Element): string {
  const classes = (el.getAttribute('class') ?? '').split(/\s+/).filter((c) => c && !/\d/.test(c)).sort();
  return `${el.tagName} ${classes.join(' ')}`;
}

const plainCache = new WeakMap<Element, number>();

function plainWords(el: Element): number {
  const cached = plainCache.get(el);
  if (cached !== undefined) return cached;
  let words = wordsOf(el.textContent ?? '').length;
  for (const link of el.getElementsByTagName('a')) words -= wordsOf(link.textContent ?? '').length;
  const result = Math.max(0, words);
  plainCache.set(el, result);
  return result;
}

function linkShare(group: Element[]): number {
  let all = 0;
  let linked = 0;
  for (const el of group) {
    all += wordsOf(el.textContent ?? '').length;
    for (const link of el.getElementsByTagName('a')) linked += wordsOf(link.textContent ?? '').length;
  }
  return all ? linked / all : 1;
}

function containedShare(kept: Map<string, number>, keptWords: number, group: Element[]): number {
  const have = counts(group.flatMap((el) => wordsOf(el.textContent ?? '')));
  let shared = 0;
  for (const [word, n] of kept) shared += Math.min(n, have.get(word) ?? 0);
  return shared / keptWords;
}

/** How many of Readability's first words must appear, in order, in the run. */
const OPENING_WORDS = 12;

/** The thread features of a run findPosts chose (thread-check.ts decides from them). */
export function threadOf(doc: Document, posts: Element[], keptText: string): ThreadFeatures {
  const runWords = posts.reduce((sum, el) => sum + plainWords(el), 0);
  // Readability's opening words, in order, inside the run: it kept one of these posts (a bag of
  // shared words is not enough: comments under a story share its words, not its sentences).
  const opening = wordsOf(keptText).slice(0, OPENING_WORDS).join(' ');
  const holds = ` ${posts.map((el) => wordsOf(el.textContent ?? '').join(' ')).join(' ')} `.includes(` ${opening} `);
  return threadFeatures(doc, posts, wordsOf(keptText).length, runWords, holds);
}
