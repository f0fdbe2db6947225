// Readability on the page; on a copy with its code blocks unwrapped when it lost one (code-blocks.ts);
// and when it found little, on copies with <noscript> content unwrapped (noscript.ts), then with a
// hidden wrapper holding most of the page shown (hidden-wrapper.ts): the most words wins. Returns
// the document the result came from, so the rules after it read the same tree.
import { blockText } from '../text/block-text';
import type { Rules } from './beyond-readability';
import { codeUnwrapped, keepsFirst } from './code-blocks';
import { revealHiddenWrapper } from './hidden-wrapper';
import { unwrapNoscript } from './noscript';
import { runReadability, type Parsed, type Prepare } from './run-readability';
import { countWords, hasWords } from './words';

/** Below this many words Readability's pick is worth a second look. */
const FEW_WORDS = 150;

export interface Found {
  source: Document;
  parsed: Parsed;
  content: Element;
  text: string;
}

export function readWithFallbacks(doc: Document, url: string, rules: Rules = {}): Found | null {
  const prepare = { spare: rules.wrappers !== false, marked: rules.nocontent !== false };
  const read = (source: Document) => readOnce(source, url, prepare);
  let best = read(doc);
  const unwrapped = best && rules.codeBlocks !== false ? codeUnwrapped(doc, best.text) : null;
  const withCode = unwrapped ? read(unwrapped) : null;
  if (best && withCode && keepsFirst(best.text, withCode.text)) best = withCode;
  const copies = [rules.noscript !== false && unwrapNoscript, rules.hidden !== false && revealHiddenWrapper];
  for (const copy of copies) {
    if (best && hasWords(best.text, FEW_WORDS)) break;
    const source = copy ? copy(doc) : null;
    const next = source ? read(source) : null;
    if (next && (!best || countWords(next.text) > countWords(best.text))) best = next;
  }
  return best;
}

function readOnce(source: Document, url: string, prepare: Prepare): Found | null {
  const parsed = runReadability(source, url, prepare);
  const content = parsed?.content;
  const text = content ? blockText(content) : '';
  return parsed && content && text ? { source, parsed, content, text } : null;
}
