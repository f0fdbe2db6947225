// Readability on the page, and on a copy with <noscript> content unwrapped when it found little
// (noscript.ts); the result with more words wins. Returns the document the result came from, so
// the rules after it read the same tree.
import { blockText } from '../text/block-text';
import type { Rules } from './beyond-readability';
import { unwrapNoscript } from './noscript';
import { runReadability, type Parsed } from './run-readability';
import { wordsOf } from './words';

/** Below this many words Readability's pick is worth a second look. */
const FEW_WORDS = 150;

export interface Found {
  source: Document;
  parsed: Parsed;
  content: Element;
  text: string;
}

export function readWithFallbacks(doc: Document, url: string, rules: Rules = {}): Found | null {
  const first = read(doc, url);
  if (rules.noscript === false || (first && wordsOf(first.text).length >= FEW_WORDS)) return first;
  const unwrapped = unwrapNoscript(doc);
  const second = unwrapped ? read(unwrapped, url) : null;
  if (!second) return first;
  return !first || wordsOf(second.text).length > wordsOf(first.text).length ? second : first;
}

function read(source: Document, url: string): Found | null {
  const parsed = runReadability(source, url);
  const content = parsed?.content;
  const text = content ? blockText(content) : '';
  return parsed && content && text ? { source, parsed, content, text } : null;
}
