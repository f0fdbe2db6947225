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
  const posts = rules.posts === false ? null : findPosts(doc, kept.text);
  // Boilerplate cleaning is opt-in: not measured on both halves in time (issue 11 report).
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
