// Render-time fixes on the sanitised body (the Article itself keeps everything: the extraction
// benchmarks score the author's box as main content).
//  - The author's takeaways box is shown once, on top: its copy in the body (found by its item
//    texts, and its label, matched whitespace-insensitively as locate.ts matches) is replaced by
//    a one-line marker.
//  - The one line before the body that repeats the header's byline or date goes.
//  - Scrollable code blocks and tables become keyboard-reachable (axe: scrollable-region-focusable).
import { say } from '../../core/i18n/translator';
import type { Article } from '../../core/types';
import { findTextRange } from '../locate/locate';

export const BOX_MARKER_CLASS = 'ns-box-marker';


const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();

type BoxInfo = { label?: string | null };

export function faithfulBody(root: HTMLElement, article: Article): void {
  if (article.takeaways.source === 'page') removeBox(root, article);
  dropRepeatedByline(root, article);
  for (const el of Array.from(root.querySelectorAll('pre, table'))) el.setAttribute('tabindex', '0');
}

function removeBox(root: HTMLElement, article: Article): void {
  const items = article.takeaways.items;
  const label = (article.takeaways as { box?: BoxInfo }).box?.label ?? null;
  const ranges = items.map((item) => findTextRange(root, item));
  if (ranges.length === 0 || ranges.some((r) => !r)) return;
  let box: Element | null = commonElement(ranges as Range[]);
  if (!box) return;
  const budget = squash(items.join('')).length + squash(label ?? 'key takeaways').length + 40;
  // The container holds the items and little else; climb while the parent still does.
  while (box.parentElement && box.parentElement !== root && squash(box.parentElement.textContent ?? '').length <= budget) {
    box = box.parentElement;
  }
  if (box === root || squash(box.textContent ?? '').length > budget * 1.5) {
    // A box of sibling lines (one <ul>, <p> or heading per item) shares its parent with the body.
    const lines = siblingLines(box, ranges as Range[], items);
    if (lines) replaceBox(lines, label);
    return;
  }
  replaceBox([box], label);
}

/** The parent's children that hold one item each, when they follow each other; else null. */
function siblingLines(parent: Element, ranges: Range[], items: string[]): Element[] | null {
  const lines = ranges.map((r) => {
    let node: Node | null = r.startContainer;
    while (node && node.parentNode !== parent) node = node.parentNode;
    return node && node.nodeType === 1 ? (node as Element) : null;
  });
  const consecutive = lines.every((line, i) => line && (i === 0 || lines[i - 1]!.nextElementSibling === line));
  const short = lines.every((line, i) => line && squash(line.textContent ?? '').length <= squash(items[i] ?? '').length + 20);
  return consecutive && short ? (lines as Element[]) : null;
}

function replaceBox(parts: Element[], label: string | null): void {
  const box = parts[0]!;
  // A label in its own element just before the list ("Key takeaways" as an <h2>/<p>).
  const prev = box.previousElementSibling;
  const prevText = squash(prev?.textContent ?? '');
  if (prev && prevText && prevText.length < 60 && (label ? prevText === squash(label) : /^(key|main)?(takeaways?|points|highlights|summary|tl;?dr|inshort|atagl?ance)/.test(prevText))) {
    prev.remove();
  }
  const marker = box.ownerDocument.createElement('p');
  marker.className = BOX_MARKER_CLASS;
  marker.textContent = say('boxMarker');
  // Nutshell's words in the article: the UI's language and direction (set on <html>), and, having
  // its own dir, the marker is skipped when the body's dir="auto" looks for the article's.
  const ui = box.ownerDocument.documentElement;
  marker.dir = ui.dir || 'ltr';
  if (ui.lang) marker.lang = ui.lang;
  box.replaceWith(marker);
  for (const part of parts.slice(1)) part.remove();
}

function commonElement(ranges: Range[]): Element | null {
  let node: Node | null = ranges[0]!.commonAncestorContainer;
  const contains = (n: Node) => ranges.every((r) => n.contains(r.startContainer) && n.contains(r.endContainer));
  while (node && !contains(node)) node = node.parentNode;
  while (node && node.nodeType !== 1) node = node.parentNode;
  return node as Element | null;
}

function dropRepeatedByline(root: HTMLElement, article: Article): void {
  const byline = article.byline ? squash(article.byline).replace(/^by/, '') : null;
  const day = article.publishedTime ? new Date(article.publishedTime).toISOString().slice(0, 10) : null;
  // Only the first short block before the prose: forum posts keep their later authors and dates.
  // (The first leaf block: Readability wraps the content in a <div>, and that wrapper is not a line.)
  const first = Array.from(root.querySelectorAll('p, div, address, time, h2, h3, h4, h5, h6, li, pre, figure, table'))
    .find((el) => (el.textContent ?? '').trim() && !el.querySelector('p, div, ul, ol, table, figure, pre, blockquote, h2, h3, h4'));
  if (!first || !/^(p|div|address|time)$/.test(first.localName) || (first.textContent ?? '').length > 120 || first.querySelector('img')) return;
  const text = squash(first.textContent ?? '').replace(/^by/, '');
  const parsed = Date.parse((first.textContent ?? '').trim());
  const sameDay = day && !Number.isNaN(parsed) && new Date(parsed).toISOString().slice(0, 10) === day;
  if ((byline && text === byline) || sameDay) first.remove();
}
