// Threads (forums, Q&A, comments-as-content): Readability keeps the one post it scores highest.
// Decided from the page and from Readability's result: when a run of sibling blocks of the same
// shape holds Readability's text AND much more text than it kept, the article is that run of
// blocks (every post, with its author and date as text), not one container. Blocks marked as
// posts with schema.org microdata need not contain Readability's text (it may have kept a header). Measured per page
// type with `npm run bench:quality` (issue 11 report).
import { threadFeatures, type ThreadFeatures } from './thread-check';
import { countWords, counts, wordsOf } from './words';

/** A run needs this many blocks of the same shape with real text. */
const MIN_POSTS = 2;
/** Words outside links for a block to count as a post. */
const MIN_POST_WORDS = 8;
/** Share of Readability's words the run must contain: it is where Readability was. */
const MIN_CONTAINED = 0.6;
/** The run must hold this many times Readability's words, or Readability's pick stands. */
const MIN_GAIN = 1.5;
const MAX_LINK_SHARE = 0.35;
/** Blocks whose text is code or data, never shown: yahoo-1's five JSON <script>s (47k words) were a "run". */
const NEVER_POSTS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE']);

/** `accept`: a further test a run must pass (the sections rule asks for runs that open with headings). */
export function findPosts(doc: Document, keptText: string, accept?: (run: Element[]) => boolean): Element[] | null {
  const body = doc.body;
  if (!body) return null;
  const keptWords = countWords(keptText);
  if (!keptWords) return null;
  let kept: Map<string, number> | undefined; // Readability's bag of words, built only for a candidate run
  let best: { posts: Element[]; words: number } | null = null;
  const elements = [body, ...body.querySelectorAll('*')];
  const length = textLengths(elements);
  const need = keptWords * MIN_GAIN;
  for (const parent of elements) {
    // No group of this parent's children can hold more words than the parent's text bounds (each
    // child's bound is rounded up: at most half a word more per child). Most parents stop here,
    // before their children's shapes are built (the shapes were 8% of the pipeline, issue 13).
    const most = (length.get(parent)! + parent.childElementCount) / 2;
    if (most < need || (best && most <= best.words)) continue;
    const groups = new Map<string, Element[]>();
    // Sibling links, not `children`: jsdom answers each index of an HTMLCollection by a named-item
    // lookup, which made this loop quadratic there (60 s on one corpus page in the unit tests).
    for (let child = parent.firstElementChild; child; child = child.nextElementSibling) {
      if (NEVER_POSTS.has(child.tagName)) continue;
      const key = shapeOf(child);
      const group = groups.get(key);
      if (group) group.push(child);
      else groups.set(key, [child]);
    }
    for (const group of groups.values()) {
      if (group.length < MIN_POSTS) continue;
      // Most groups (menus, cards, short lists) cannot hold enough words: skip them before
      // counting any (the count was 37% of the pipeline's time on yahoo-1 and nytimes-5, issue 13).
      const most = group.reduce((sum, el) => sum + Math.ceil(length.get(el)! / 2), 0);
      if (most < need || (best && most <= best.words)) continue;
      const posts = group.filter((el) => plainWords(el) >= MIN_POST_WORDS);
      if (posts.length < MIN_POSTS) continue;
      const words = group.reduce((sum, el) => sum + plainWords(el), 0);
      if (best && words <= best.words) continue;
      if (words < need || linkShare(group) > MAX_LINK_SHARE) continue;
      if (!group.some(isMarkedPost) && containedShare((kept ??= counts(wordsOf(keptText))), keptWords, group) < MIN_CONTAINED) continue;
      if (accept && !accept(group)) continue;
      best = { posts: group, words };
    }
  }
  return best?.posts ?? null;
}

/**
 * Each element's text length, summed bottom-up over text nodes in one pass. A text of n characters
 * holds at most ceil(n / 2) words, since every word after the first needs a separator before it.
 * (Counting every text node's words instead cost ~33 ms a call on yahoo-1 in the CLI.)
 */
function textLengths(elements: readonly Element[]): Map<Element, number> {
  const length = new Map<Element, number>();
  for (let i = elements.length - 1; i >= 0; i--) {
    const el = elements[i]!;
    let n = 0;
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3 || node.nodeType === 4) n += (node as CharacterData).length;
      else if (node.nodeType === 1) n += length.get(node as Element) ?? 0;
    }
    length.set(el, n);
  }
  return length;
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

// Groups nest (a thread inside its page's column inside the body), so the same element is asked
// for its words again and again: each count is made once per element.
const countCache = new WeakMap<Element, number>();

function wordCount(el: Element): number {
  let n = countCache.get(el);
  if (n === undefined) countCache.set(el, (n = countWords(el.textContent ?? '')));
  return n;
}

function linkedWords(el: Element): number {
  let n = 0;
  for (const link of el.querySelectorAll('a')) n += wordCount(link);
  return n;
}

function plainWords(el: Element): number {
  return Math.max(0, wordCount(el) - linkedWords(el));
}

function linkShare(group: Element[]): number {
  let all = 0;
  let linked = 0;
  for (const el of group) {
    all += wordCount(el);
    linked += linkedWords(el);
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
  return threadFeatures(doc, posts, countWords(keptText), runWords, holdsOpening(posts, keptText));
}

/**
 * Readability's opening words, in order, inside the run: it kept one of these posts (a bag of
 * shared words is not enough: comments under a story share its words, not its sentences).
 */
export function holdsOpening(posts: readonly Element[], keptText: string): boolean {
  // The text's start is enough when it holds more than the opening (its last word may be cut).
  const head = wordsOf(keptText.slice(0, 2000));
  const opening = (head.length > OPENING_WORDS ? head : wordsOf(keptText)).slice(0, OPENING_WORDS).join(' ');
  return ` ${posts.map((el) => wordsOf(el.textContent ?? '').join(' ')).join(' ')} `.includes(` ${opening} `);
}
