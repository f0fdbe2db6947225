// Where Readability's one container is not the article, build the article from the page instead.
// Each rule is kept only if it wins on both halves of wcxb-dev (split by host); see issue 11.
import { blockText } from '../text/block-text';
import { cleanCopy } from './clean-copy';
import { findPosts } from './repeated-posts';

export interface Content {
  content: Element;
  text: string;
}

/** The rules, each of which can be switched off (bench:quality measures each with and without). */
export type Rule = 'posts' | 'noscript';
export type Rules = Partial<Record<Rule, boolean>>;

export function beyondReadability(doc: Document, kept: Content, rules: Rules = {}): Content {
  const posts = rules.posts === false ? null : findPosts(doc, kept.text);
  if (!posts) return kept;
  const content = doc.createElement('div');
  for (const post of posts) content.appendChild(cleanCopy(post, doc.baseURI || doc.URL));
  const text = blockText(content);
  return text ? { content, text } : kept;
}
