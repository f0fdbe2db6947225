// Where Readability's one container is not the article, build the article from the page instead.
// Each rule is kept only if it wins on both halves of wcxb-dev (split by host); see issue 11.
import { blockText } from '../text/block-text';
import { cleanCopy } from './clean-copy';
import { findPosts, threadOf } from './repeated-posts';
import { findSections } from './sections';
import { looksLikeThread } from './thread-check';

export interface Content {
  content: Element;
  text: string;
}

/** The rules, each of which can be switched (bench:quality --rules measures each with and without). */
export type Rule = 'posts' | 'threadCheck' | 'noscript' | 'codeBlocks' | 'sections' | 'hidden' | 'wrappers' | 'nocontent';
export type Rules = Partial<Record<Rule, boolean>> & {
  /**
   * Takes boilerplate blocks out of Readability's result, in place (returns how many it took):
   * boilerplate.ts's removeBoilerplate, passed in by bench:quality (--rules boilerplate=on) and
   * tests, not shipped. On wcxb-dev it lifted articles and cost service pages, net 0.000 on both
   * host halves (issue 11's note), so the injected extractor does not carry it.
   */
  cleanup?: (content: Element) => number;
};

/**
 * The thread rule runs on a reader's click, behind "is this page a thread" (thread-check.ts): alone it
 * replaced 16 of the 130 Readability corpus news pages with post lists; with the check it fires on
 * none of them and on no wcxb-dev article or documentation page, and lifts forum pages on both
 * host halves (issue 11 report). `threadCheck: false` is the old rule, for measuring.
 */
const POSTS_BY_DEFAULT = true;

export function beyondReadability(doc: Document, kept: Content, rules: Rules = {}): Content {
  const found = (rules.posts ?? POSTS_BY_DEFAULT) ? findPosts(doc, kept.text) : null;
  const thread = found && (rules.threadCheck === false || looksLikeThread(threadOf(doc, found, kept.text))) ? found : null;
  const posts = thread ?? (found && rules.sections !== false ? findSections(doc, kept.text) : null);
  if (!posts) return rules.cleanup ? cleaned(kept, rules.cleanup) : kept;
  const content = doc.createElement('div');
  for (const post of posts) content.appendChild(cleanCopy(post, doc.baseURI || doc.URL));
  const text = blockText(content);
  return text ? { content, text } : kept;
}

/** Readability's own result with boilerplate blocks taken out, on a copy (kept if all would go). */
function cleaned(kept: Content, cleanup: (content: Element) => number): Content {
  const content = kept.content.cloneNode(true) as Element;
  if (!cleanup(content)) return kept;
  const text = blockText(content);
  return text ? { content, text } : kept;
}
