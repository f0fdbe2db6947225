// Where Readability's one container is not the article, build the article from the page instead.
// Each rule is kept only if it wins on both halves of wcxb-dev (split by host); see issue 11.
import { blockText } from '../text/block-text';
import { removeBoilerplate } from './boilerplate';
import { cleanCopy } from './clean-copy';
import { findPosts } from './repeated-posts';

export interface Content {
  content: Element;
  text: string;
}

/** The rules, each of which can be switched (bench:quality --rules measures each with and without). */
export type Rule = 'posts' | 'noscript' | 'boilerplate';
export type Rules = Partial<Record<Rule, boolean>>;

export function beyondReadability(doc: Document, kept: Content, rules: Rules = {}): Content {
  // Both rules are opt-in (bench:quality --rules). The thread rule won on wcxb-dev's forum pages,
  // but once it could fire everywhere it replaced the article on 16 of the 130 Readability corpus
  // news pages (cnn, wapo-1, mozilla-1…) with a page-wide "post" list: it needs a rule for when a
  // page is a thread before it can run on a reader's click. Boilerplate cleaning was not measured
  // on both halves in time (issue 11's note).
  const posts = rules.posts === true ? findPosts(doc, kept.text) : null;
  if (!posts) return rules.boilerplate === true ? cleaned(kept) : kept;
  const content = doc.createElement('div');
  for (const post of posts) content.appendChild(cleanCopy(post, doc.baseURI || doc.URL));
  const text = blockText(content);
  return text ? { content, text } : kept;
}

/** Readability's own result with boilerplate blocks taken out, on a copy (kept if all would go). */
function cleaned(kept: Content): Content {
  const content = kept.content.cloneNode(true) as Element;
  if (!removeBoilerplate(content)) return kept;
  const text = blockText(content);
  return text ? { content, text } : kept;
}
