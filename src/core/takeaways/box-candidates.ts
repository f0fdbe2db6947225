// Candidate boxes on the live page: a label line followed by a list, a labelled container around a
// list, or a list whose markup names it a summary. Judging them is find-box.ts's job.

import { isAdAttribute, isAdText, isSummaryAttribute, matchLabel, mayStartLabel } from './box-labels';
import { collapseWhitespace, visibleText } from '../text/block-text';
import { bulletMarker } from '../text/bullets';
import { lineRun } from './box-lines';
import {
  componentAttributes,
  hasContent,
  isInline,
  nextContentSibling,
  type Precedes,
  tag,
} from './box-dom';

export interface Candidate {
  /** The list (ul/ol), or the parent of a run of bullet paragraphs. */
  box: Element;
  /** The <li>s, or the bullet paragraphs, in order. */
  items: Element[];
  /** The label line, when the box has one; where the box starts for position checks. */
  label: Element | null;
  /** Items are paragraphs that start with a bullet glyph, which is decoration and is dropped. */
  bullets: boolean;
  /** Items are sibling lines (one <ul>, <div> or heading each); the box is their parent. */
  spread?: boolean;
  /**
   * A one-paragraph box ("Quick summary", then one paragraph of prose): its one item's text, the
   * paragraph after the label and its separator. Absent for lists.
   */
  paragraph?: string;
  /** The paragraph is followed by more of them: not a one-paragraph box (its label still counts). */
  goesOn?: boolean;
}

const NOT_LABEL_HOSTS = 'a, li, option, select, textarea, title, script, style, template, noscript';
const LISTS = new Set(['UL', 'OL']);
/** A lead-in without a colon must be short; one that announces the list (":") may be longer. */
const MAX_LEAD_IN_WORDS = 12;

/** Ad slots and spacers that may sit between a label and its list. */
function isAdBlock(el: Element): boolean {
  return isAdAttribute(componentAttributes(el)) || isAdText(visibleText(el));
}

function words(text: string): number {
  return text ? text.split(' ').length : 0;
}

/**
 * A sentence between label and list ("Here is what the study found:"). A longer sentence that
 * does not announce a list is a summary blurb, and a list after it is just the article's next part.
 */
function isLeadInText(text: string): boolean {
  const n = words(text);
  return n <= MAX_LEAD_IN_WORDS || (/[:：…]$/.test(text) && n <= 60);
}

function isLeadIn(el: Element): boolean {
  if (!['P', 'DIV', 'SPAN'].includes(tag(el)) || el.querySelector('ul, ol, h1, h2, h3, h4, h5, h6')) return false;
  return isLeadInText(visibleText(el));
}

function listCandidate(list: Element, label: Element | null): Candidate {
  const items = Array.from(list.children).filter((child) => tag(child) === 'LI');
  return { box: list, items, label, bullets: false };
}

/** Two or more sibling paragraphs that each start with a bullet glyph. */
function bulletRun(start: Element, label: Element | null): Candidate | null {
  const kind = tag(start);
  if (kind !== 'P' && kind !== 'DIV') return null;
  const items: Element[] = [];
  for (let el: Element | null = start; el; el = el.nextElementSibling) {
    if (!hasContent(el)) continue;
    if (tag(el) !== kind || !bulletMarker(visibleText(el))) break;
    items.push(el);
  }
  return items.length >= 2 && start.parentElement
    ? { box: start.parentElement, items, label, bullets: true }
    : null;
}

/** Lists inside `el` that are not sub-lists of another list inside `el`. */
function topLevelLists(el: Element): Element[] {
  return Array.from(el.querySelectorAll('ul, ol')).filter((list) => {
    const outer = list.parentElement?.closest('ul, ol');
    return !outer || !el.contains(outer);
  });
}

/** The list an element is, or the one list a wrapper is mostly made of. */
export function asList(el: Element, label: Element | null): Candidate | null {
  if (LISTS.has(tag(el))) return listCandidate(el, label);
  const run = bulletRun(el, label);
  if (run) return run;
  if (!['DIV', 'SECTION', 'ASIDE', 'ARTICLE', 'DETAILS', 'FIELDSET', 'FIGURE', 'SPAN', 'NAV'].includes(tag(el))) return null;
  const total = visibleText(el).length;
  const lists = topLevelLists(el);
  if (lists.length === 1 && lists[0] && visibleText(lists[0]).length >= 0.6 * total) {
    return listCandidate(lists[0], label);
  }
  if (lists.length === 0) {
    const first = Array.from(el.children).find(hasContent);
    const inner = first ? bulletRun(first, label) : null;
    const covered = inner ? inner.items.reduce((n, item) => n + visibleText(item).length, 0) : 0;
    if (inner && covered >= 0.6 * total) return inner;
  }
  return null;
}

/**
 * The list that follows a label line: the next thing a reader sees, with at most one short
 * lead-in sentence in between. When the label closes its wrapper (a box header), look after the
 * wrapper, but never climb out of the article.
 */
function listAfterLabel(label: Element, rest: string): Candidate | null {
  if (rest && !isLeadInText(rest)) return null; // "Summary: <a whole paragraph>" is a blurb
  const next = nextAfterLabel(label);
  let leadIns = rest ? 1 : 0;
  let descents = 0;
  for (let el = next; el; el = nextContentSibling(el, isAdBlock)) {
    // One-item lists in a row are one box's lines; otherwise a list is the box.
    const found = LISTS.has(tag(el)) ? (linesCandidate(el, label) ?? asList(el, label)) : (asList(el, label) ?? linesCandidate(el, label));
    if (found) return found;
    // A box's content wrapper (<div class="key-takeaways-content">): read on inside it.
    const first = isWrapper(el) ? Array.from(el.children).find(hasContent) : undefined;
    if (first && descents++ < MAX_DESCENTS) {
      const inside = asList(first, label) ?? linesCandidate(first, label);
      if (inside) return inside;
      if (leadIns === 0 && isLeadIn(first)) {
        leadIns++;
        el = first;
        continue;
      }
      if (isWrapper(first)) {
        el = first;
        continue;
      }
    }
    if (leadIns > 0 || !isLeadIn(el)) return null;
    leadIns++;
  }
  return null;
}

/** Wrappers a box's lines may sit in, with no text of their own. */
function isWrapper(el: Element): boolean {
  return ['DIV', 'SECTION'].includes(tag(el)) && Array.from(el.childNodes).every((n) => n.nodeType !== 3 || !(n.nodeValue ?? '').trim());
}

const MAX_DESCENTS = 3;

function linesCandidate(el: Element, label: Element): Candidate | null {
  const run = lineRun(el);
  return run ? { ...run, label, bullets: false, spread: true } : null;
}

/** The next block a reader sees after a label, climbing out of a box header but not of the article. */
function nextAfterLabel(label: Element): Element | null {
  let anchor = label;
  let next = nextContentSibling(anchor, isAdBlock);
  for (let climbs = 0; !next && climbs < 3; climbs++) {
    const parent = anchor.parentElement;
    if (!parent || ['BODY', 'HTML', 'ARTICLE', 'MAIN'].includes(tag(parent))) return null;
    anchor = parent;
    next = nextContentSibling(anchor, isAdBlock);
  }
  return next;
}

/** Fewer words than this is a fragment or a heading, not an author's summary paragraph. */
const MIN_PARAGRAPH_WORDS = 8;
const PARAGRAPH_HOSTS = new Set(['P', 'DIV', 'BLOCKQUOTE', 'SECTION', 'SPAN']);

/** One paragraph of prose: no list, heading or second paragraph inside. */
function asParagraph(el: Element): string | null {
  if (!PARAGRAPH_HOSTS.has(tag(el)) || el.querySelector('ul, ol, h1, h2, h3, h4, h5, h6, table, form')) return null;
  if (el.querySelectorAll('p').length > 1) return null;
  const text = visibleText(el);
  return words(text) >= MIN_PARAGRAPH_WORDS ? text : null;
}

/**
 * A one-paragraph box: the label and its paragraph on one line ("Key Takeaway - The catering
 * industry is…"), or the label, then exactly one paragraph of prose and no list after it.
 */
function paragraphAfterLabel(label: Element, rest: string): Candidate | null {
  if (rest) {
    if (words(rest) < MIN_PARAGRAPH_WORDS || isLeadInText(rest) && /[:：…]$/.test(rest)) return null;
    const after = nextContentSibling(label, isAdBlock);
    if (after && asList(after, label)) return null;
    return { box: label, items: [label], label, bullets: false, paragraph: rest };
  }
  const next = nextAfterLabel(label);
  const text = next && asParagraph(next);
  if (!next || !text) return null;
  const after = nextContentSibling(next, isAdBlock);
  if (after && (asList(after, label) || isLeadIn(after) && /[:：]$/.test(visibleText(after)))) return null;
  // A second paragraph of the same kind goes on with the summary (or is a section's prose): the
  // box would be more than its first paragraph. Kept as a candidate so the label still counts.
  const goesOn = !!after && tag(after) === tag(next) && asParagraph(after) !== null;
  return { box: next, items: [next], label, bullets: false, paragraph: text, ...(goesOn ? { goesOn } : {}) };
}

/** The block that carries a text node: its nearest ancestor that is not inline markup. */
function blockOf(node: Node): Element | null {
  let el = node.parentElement;
  let outer: Element | null = null;
  while (el && isInline(el)) {
    if (tag(el) === 'A' && !isPermalink(el)) return null; // a link's text is a title of something else
    outer = el;
    el = el.parentElement;
  }
  // <div><span>HIGHLIGHTS</span><h2>…</h2><h2>…</h2></div>: beside blocks, the span is its own line.
  if (el && outer && Array.from(el.children).some((child) => BLOCK_CHILDREN.has(tag(child)))) return outer;
  return el;
}

const BLOCK_CHILDREN = new Set(['P', 'DIV', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);

/** A heading's link to itself (<h2 id="key-takeaways"><a href="#key-takeaways">): the label, not a title. */
function isPermalink(a: Element): boolean {
  const href = a.getAttribute('href') ?? '';
  return href.startsWith('#') && a.closest('h1, h2, h3, h4, h5, h6, summary') !== null;
}

export function labelledCandidates(body: Element, precedes: Precedes): Candidate[] {
  const doc = body.ownerDocument;
  const found: Candidate[] = [];
  const seen = new Set<Element>();
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (value.length > 400 || !mayStartLabel(value)) continue;
    const block = blockOf(node);
    if (!block || seen.has(block) || block.closest(NOT_LABEL_HOSTS)) continue;
    seen.add(block);
    const text = visibleText(block);
    if (text.length > 400 || !text.startsWith(collapseWhitespace(value).slice(0, 20))) continue;
    const match = matchLabel(text);
    const box = match && (listAfterLabel(block, match.rest) ?? paragraphAfterLabel(block, match.rest));
    if (box) found.push(box);
  }
  // aria-label on the box or on the list itself: <section aria-label="Key points"><ul>…
  for (const el of Array.from(body.querySelectorAll('[aria-label]'))) {
    const match = matchLabel(el.getAttribute('aria-label') ?? '');
    if (!match || match.rest || el.closest(NOT_LABEL_HOSTS)) continue;
    const list = asList(el, null);
    if (list) found.push({ ...list, label: el });
  }
  return found.sort((a, b) => (precedes(a.label ?? a.box, b.label ?? b.box) ? -1 : 1));
}

/** Lists whose own markup (or a wrapper's) names them a summary: class="article-key-points". */
export function unlabelledCandidates(body: Element): Candidate[] {
  const found: Candidate[] = [];
  const seen = new Set<Element>();
  for (const el of Array.from(body.querySelectorAll('*'))) {
    if (!el.attributes.length || !isSummaryAttribute(componentAttributes(el))) continue;
    const list = asList(el, null);
    if (!list || seen.has(list.box)) continue;
    seen.add(list.box);
    found.push(list);
  }
  return found;
}
