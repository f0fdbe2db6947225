// Boxes not marked up as one list: one <ul> per item, one <div> per item, one heading per item,
// or a run of short <p> lines. Their items are those visual lines, in order (the item rule of the
// boxes corpus). Only ever tried right after a label, where the lines are what a reader sees next.
import { visibleText } from '../text/block-text';
import { hasContent, tag } from './box-dom';

/** What a run of lines is made of: siblings of one tag (and, for <div>s, one class). */
function kindOf(el: Element): string {
  return tag(el) === 'DIV' ? `DIV.${el.className}` : tag(el);
}

/** A line longer than this is prose, not a point. */
const MAX_LINE_WORDS = 40;
/** Paragraph lines are shorter still: longer paragraphs after a label are the article itself. */
const MAX_P_LINE_WORDS = 30;
/** Short paragraphs need more of them to read as a list rather than an intro. */
const MIN_P_LINES = 3;
const BLOCKS_INSIDE = 'ul, ol, h1, h2, h3, h4, h5, h6, table, form, figure, blockquote, img';

function words(el: Element): number {
  const text = visibleText(el);
  return text ? text.split(' ').length : 0;
}

/** The item a line stands for: a one-item list's <li>, otherwise the line itself. */
function lineItem(el: Element): Element | null {
  const t = tag(el);
  if (t === 'UL' || t === 'OL') {
    const items = Array.from(el.children).filter((child) => tag(child) === 'LI');
    const only = items[0];
    return items.length === 1 && only && !only.querySelector('ul, ol') && words(only) <= MAX_LINE_WORDS ? only : null;
  }
  if (/^H[2-6]$/.test(t)) return words(el) <= MAX_LINE_WORDS ? el : null;
  if (t === 'P') return words(el) <= MAX_P_LINE_WORDS && !el.querySelector(BLOCKS_INSIDE) ? el : null;
  if (t === 'DIV') {
    const inner = el.querySelector(BLOCKS_INSIDE) || el.querySelectorAll('p').length > 1;
    return !inner && words(el) <= MAX_LINE_WORDS ? el : null;
  }
  return null;
}

function nextWithContent(el: Element): Element | null {
  let sib = el.nextElementSibling;
  while (sib && !hasContent(sib)) sib = sib.nextElementSibling;
  return sib;
}

export interface LineRun {
  box: Element;
  items: Element[];
}

/**
 * Sibling lines of one kind starting at `start`, at least two (three for paragraphs). A run of
 * paragraphs must close its section (a heading follows): short paragraphs that go on into longer
 * ones, or to the end, are the article itself.
 */
export function lineRun(start: Element): LineRun | null {
  const kind = kindOf(start);
  const items: Element[] = [];
  let el: Element | null = start;
  for (; el && kindOf(el) === kind; el = nextWithContent(el)) {
    const item = lineItem(el);
    if (!item) break;
    items.push(item);
  }
  // "Start with small steps:" announces the lines; it is a lead-in, not one of them.
  if (items[0] && /[:：]$/.test(visibleText(items[0]))) items.shift();
  const paragraphs = kind === 'P';
  if (items.length < (paragraphs ? MIN_P_LINES : 2) || !start.parentElement) return null;
  if (paragraphs && !(el && /^H[1-6]$/.test(tag(el)))) return null;
  return { box: start.parentElement, items };
}
