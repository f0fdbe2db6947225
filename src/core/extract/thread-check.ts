// "Is this page a thread?" — asked before the thread rule (repeated-posts.ts) replaces
// Readability's one container with a run of sibling blocks. A news page has runs of same-shape
// blocks too (paragraph wrappers, teaser cards, comments under the story); a thread's blocks are
// posts: each opens with who wrote it and when, the markup calls them posts, or the page says it
// is a forum. Measured on wcxb-dev (forum vs article/documentation, both host halves) and on
// the 130 Readability corpus news pages (issue 11 report).

/** Post-ish words in a block's tag/class shape (XenForo message, phpBB post, Discourse topic-post…). */
const POST_SHAPE = /(^|[-_\s])(posts?|message|reply|replies|comment|answer|question|topic|thread|entry|postbit|bbp-reply)([-_\s]|$)/i;
/** Who wrote a post, by class, id or itemprop words. */
const AUTHOR = /(^|[-_\s])(author|user|username|user-?name|poster|member|postedby|posted-?by|nick|handle|screen-?name|profile|avatar|user-?info|owner|creator|signature)([-_\s]|$)/i;
const DATE_TEXT = /\b(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}|\d+ (?:minutes?|hours?|days?|weeks?|months?|years?) ago|(?:posted|answered|asked|replied|edited) )/i;
const FORUM_ENGINES = /discourse|phpbb|vbulletin|xenforo|invision|mybb|smf|simple machines|flarum|nodebb|vanilla|bbpress|discuz|phorum|punbb|fluxbb|khoros|lithium/i;
const FORUM_TYPES = /DiscussionForumPosting|QAPage|SocialMediaPosting/;

/** Readability's share of a thread's words, outside a forum page (tuned on wcxb-dev half A). */
const MIN_KEPT = 0.05;
const MAX_KEPT = 0.5;

export interface ThreadFeatures {
  posts: number;
  /** Share of the posts that open with an author or a date. */
  headers: number;
  /** The blocks' tag/class says post, message, reply, comment, answer… */
  postShape: boolean;
  /** The page names itself a forum (generator meta, schema.org types, JSON-LD). */
  forumPage: boolean;
  /** Readability's words over the run's words. */
  kept: number;
  /** Readability's opening words appear, in order, in the run (it kept one of these posts). */
  holds: boolean;
}

export function threadFeatures(doc: Document, posts: Element[], keptWords: number, runWords: number, holds = true): ThreadFeatures {
  const first = posts[0]!;
  const shape = `${first.tagName} ${first.getAttribute('class') ?? ''} ${first.getAttribute('id') ?? ''}`;
  return {
    posts: posts.length,
    headers: posts.filter(hasHeader).length / posts.length,
    postShape: POST_SHAPE.test(shape.replace(/\d+/g, '')),
    forumPage: isForumPage(doc),
    kept: runWords ? keptWords / runWords : 1,
    holds,
  };
}

/** The decision (tuned on half A of wcxb-dev, checked on half B and the Readability corpus). */
export function looksLikeThread(f: ThreadFeatures): boolean {
  if (f.posts < 2) return false;
  if (f.forumPage) return true;
  // Without the page's word for it: post-shaped blocks, most with an author or date, Readability's
  // opening words inside them (comments under a story share its words, not its sentences), and
  // Readability holding a small share of them. More than half kept is an article with its
  // comments (a blog post and 29 comments); under 5% is one post among other threads' teasers.
  return f.headers >= 0.5 && f.postShape && f.holds && f.kept >= MIN_KEPT && f.kept <= MAX_KEPT;
}

function hasHeader(post: Element): boolean {
  if (post.querySelector('time, [datetime], [itemprop="author"], [itemprop="dateCreated"], [itemprop="datePublished"]')) return true;
  for (const el of post.querySelectorAll('[class], [id], [itemprop]')) {
    const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
    if (AUTHOR.test(words)) return true;
  }
  return DATE_TEXT.test((post.textContent ?? '').slice(0, 300));
}

function isForumPage(doc: Document): boolean {
  const generator = doc.querySelector('meta[name="generator"]')?.getAttribute('content') ?? '';
  if (FORUM_ENGINES.test(generator)) return true;
  if (doc.querySelector('[itemtype*="DiscussionForumPosting"], [itemtype*="QAPage"]')) return true;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    if (FORUM_TYPES.test(script.textContent ?? '')) return true;
  }
  return false;
}
