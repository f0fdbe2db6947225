// The author's own takeaways box ("Key Takeaways", "Story highlights", "TL;DR:", "Auf einen
// Blick"…), found on the LIVE document before Readability drops asides, footers and promo-looking
// blocks. Runs in the page (injected script) and in Node (linkedom), so it uses standard DOM only.
//
// A box is a list of at least two items that the page presents as this article's summary: under a
// label line or with summary markup, at the top or the end of the article, made of sentences about
// the article. Look-alikes (link lists of other stories, menus, newsletter promos, a one-paragraph
// "Summary") are refused: better no box than a wrong one, since Nutshell then finds its own.

import { labelledCandidates, unlabelledCandidates, type Candidate } from './box-candidates';
import { bodyRoot, isSiteChrome, levelsBelow, pageContext, topicWords, type PageContext, type TextBlock } from './box-context';
import {
  commonAncestor,
  componentAttributes,
  isHiddenInTree,
  linkDensity,
  documentOrder,
  type Precedes,
  tag,
} from './box-dom';
import { isHiddenElement, visibleText } from '../text/block-text';
import { isAdAttribute, isAdText, isForeignAttribute, normalizeLabel } from './box-labels';
import { bulletMarker } from '../text/bullets';

/** The author's box: its items, its label as the page shows it (null when unlabelled), its shape. */
export interface FoundBox {
  items: string[];
  label: string | null;
  kind: 'list' | 'paragraph';
}

/** The box's items only (what most callers and the tests compare). */
export function findTakeawaysBox(doc: Document): string[] | null {
  return findBox(doc)?.items ?? null;
}

export function findBox(doc: Document): FoundBox | null {
  const body = doc.body;
  if (!body) return null;
  // Measuring the article costs more than finding candidates, and most pages have none.
  let ctx: Context | null = null;
  const context = (): Context => (ctx ??= { ...pageContext(doc), precedes: documentOrder(body) });
  // A label is the strongest sign; summary markup alone counts only when nothing is labelled.
  const labelled = labelledCandidates(body, (a, b) => context().precedes(a, b));
  for (const candidate of labelled) {
    // The article's box appears once: a label repeated per section or per product ("Fast Facts"
    // on every card of a roundup) marks recaps or spec lists.
    if (repeatedLabel(candidate, labelled) > MAX_LABEL_REPEATS || candidate.goesOn) continue;
    const items = judge(candidate, context(), true);
    if (items) return found(candidate, items);
  }
  const unlabelled = unlabelledCandidates(body);
  for (const candidate of unlabelled) {
    // Summary markup on several lists is a component of cards (a product grid's highlights).
    if (unlabelled.filter((o) => o.box.className === candidate.box.className).length > 2) continue;
    const items = judge(candidate, context(), false);
    if (items) return found(candidate, items);
  }
  return null;
}

function labelLine(label: Element): string {
  return label.hasAttribute('aria-label') && label.querySelector('ul, ol') ? (label.getAttribute('aria-label') ?? '') : visibleText(label);
}

/** The label as the page shows it, without a paragraph that shares its line. */
function labelOf(c: Candidate): string | null {
  const line = c.label ? labelLine(c.label) : null;
  // "Key Takeaway - The catering industry is…": the label is what comes before the paragraph.
  if (line && c.paragraph !== undefined && line.endsWith(c.paragraph) && line !== c.paragraph) {
    return line.slice(0, -c.paragraph.length).replace(/[\s:：\u2013\u2014-]+$/u, '') || line;
  }
  return line;
}

function found(c: Candidate, items: string[]): FoundBox {
  return { items, label: labelOf(c), kind: c.paragraph === undefined ? 'list' : 'paragraph' };
}

/** How many candidates carry this candidate's label. */
function repeatedLabel(c: Candidate, all: Candidate[]): number {
  const own = normalizeLabel(labelOf(c) ?? '');
  return all.filter((o) => normalizeLabel(labelOf(o) ?? '') === own).length;
}

const MIN_ITEMS = 2;
/**
 * A label on more candidates than this is per section or per product. Two is allowed: a review's
 * "Summary" box is often echoed by a "Summary:" line, and some posts print their box twice.
 */
const MAX_LABEL_REPEATS = 2;
const MAX_ITEMS = 20;
/** Share of the body's prose that may precede a box "at the top" (a short intro is common). */
const TOP = 0.35;
/**
 * Share of the body's prose before which a box is at the top even after a heading: a short opening
 * section ("What Is Digital Marketing?" and one paragraph, a "Key answer") is the article's intro.
 */
const OPENING = 0.1;
/** Share of the body's prose that must precede a box "at the end". */
const END = 0.75;
/** Share of the page's prose a wrapper must hold to be the article's own. */
const ARTICLE_SHARE = 0.9;
/** Wrappers around other places: a box inside them is not the article's. */
const FOREIGN_PLACES =
  'nav, menu, select, [role="navigation"], [role="menu"], [role="menubar"], [role="tablist"], [role="search"]';
interface Context extends PageContext {
  precedes: Precedes;
}

/**
 * Inside navigation, a menu, a search… A <nav> with hardly any links is a dropdown panel of text
 * (Webflow's w-dropdown-list holds an "Expand for key takeaways" list), not navigation.
 */
function inForeignPlace(box: Element): boolean {
  for (let place = box.closest(FOREIGN_PLACES); place; place = place.parentElement?.closest(FOREIGN_PLACES) ?? null) {
    if (tag(place) === 'NAV' && linkDensity(place) < 0.2) continue;
    return true;
  }
  return false;
}

const TEASER_PARTS = 'h1, h2, h3, h4, h5, h6, article, figure';

function judge(c: Candidate, ctx: Context, labelled: boolean): string[] | null {
  if (isHiddenInTree(c.box) || inForeignPlace(c.box) || isSiteChrome(c.box, { headlineHeader: true })) return null;
  const items = c.paragraph !== undefined ? paragraphText(c) : itemTexts(c);
  if (!items) return null;

  // The article around the box, measured without the box itself. A bullet run's box is the
  // paragraphs' parent, which also holds the body: only the items are the box then.
  const inBox = (el: Element): boolean =>
    c.bullets || c.spread ? c.items.some((item) => item.contains(el)) : c.box.contains(el);
  const blocks = ctx.blocks.filter((b) => !inBox(b.el));
  const root = bodyRoot(blocks);
  if (!root) return null;
  const body = blocks.filter((b) => root.contains(b.el));
  const total = body.reduce((n, b) => n + b.length, 0);
  // One long block is a body too (a story told in one <div> of <br>-split lines).
  if (total < 300 || (body.length < 2 && total < 1000)) return null;

  if (!nearArticle(c.box, root, ctx.blocks) || inForeignWrapper(c.box, root)) return null;

  // At the top or at the end of the article, never in the middle of it.
  const start = c.label ?? c.items[0] ?? c.box;
  const { precedes } = ctx;
  const before = body.reduce((n, b) => n + (precedes(b.el, start) ? b.length : 0), 0) / total;
  const atTop = before <= TOP && (before < OPENING || !afterASection(start, root, body, precedes));
  if (!(atTop || (labelled && c.paragraph === undefined && beforeEnd(start, root, body, precedes) >= END))) return null;

  // Takeaways are about this article: more than half of the items share a content word with its title or body.
  const topic = topicWords(`${ctx.title} ${body.map((b) => b.text).join(' ')}`);
  const onTopic = items.filter((text) => [...topicWords(text)].some((w) => topic.has(w))).length;
  if (onTopic * 2 <= items.length) return null;
  return items;
}

/** Headings of the questions-and-answers appendix many posts end with. */
const FAQ = /^(?:faqs?|frequently asked questions|häufig gestellte fragen|questions fréquentes|preguntas frecuentes|domande frequenti|perguntas frequentes|veelgestelde vragen)\b/i;

/**
 * Share of the body before `start`, not counting an FAQ after it: a recap followed only by
 * "FAQ" questions still ends the article.
 */
function beforeEnd(start: Element, root: Element, body: TextBlock[], precedes: Precedes): number {
  const faq = Array.from(root.querySelectorAll('h2, h3, h4')).find((h) => precedes(start, h) && FAQ.test(visibleText(h)));
  const counted = faq ? body.filter((b) => !precedes(faq, b.el)) : body;
  const total = counted.reduce((n, b) => n + b.length, 0);
  return total ? counted.reduce((n, b) => n + (precedes(b.el, start) ? b.length : 0), 0) / total : 0;
}

/**
 * Is a body section (a heading with prose under it) already behind us? Then a labelled list is an
 * ordinary section of the article ("What we know", then "Highlights"), not a box at its top.
 */
function afterASection(start: Element, root: Element, body: TextBlock[], precedes: Precedes): boolean {
  return Array.from(root.querySelectorAll('h2, h3, h4, h5, h6')).some(
    (h) =>
      precedes(h, start) &&
      !notTheArticlesHeading(h) &&
      !h.contains(start) &&
      body.some((b) => precedes(h, b.el) && precedes(b.el, start)),
  );
}

/**
 * Headings that do not open a section of the article: a table of contents' title (its list is
 * in-page links), a sidebar's or the post header's (a category label).
 */
function notTheArticlesHeading(h: Element): boolean {
  if (h.closest('aside, nav, header, [role="complementary"]')) return true;
  const next = h.nextElementSibling;
  const list = next && (['UL', 'OL'].includes(tag(next)) ? next : next.querySelector('ul, ol'));
  return !!list && list.querySelector('a[href^="#"]') !== null && linkDensity(list) > 0.8;
}

/** The items' texts, ads left out; null when they read like links, teasers or menu entries. */
function itemTexts(c: Candidate): string[] | null {
  const texts: string[] = [];
  let chars = 0;
  let linked = 0;
  let allLinks = 0;
  for (const item of c.items) {
    if (isHiddenElement(item) || isAdAttribute(componentAttributes(item))) continue;
    let text = visibleText(item, true);
    if (c.bullets) text = text.slice(bulletMarker(text).length);
    if (!text || isAdText(text)) continue;
    if (hasTeaserParts(item)) return null; // a story card: headline, picture, byline
    const density = c.label && isJumpFact(item, text) ? 0 : linkDensity(item, true);
    if (density >= 0.8) allLinks++;
    linked += density * text.length;
    chars += text.length;
    texts.push(text);
  }
  // A glyph before every item ("•" spans) is the list's marker, not its text.
  if (!c.bullets && texts.length > 1 && texts.every((t) => bulletMarker(t))) {
    for (let i = 0; i < texts.length; i++) texts[i] = (texts[i] ?? '').slice(bulletMarker(texts[i] ?? '').length);
  }
  const n = texts.length;
  if (n < MIN_ITEMS || n > MAX_ITEMS) return null;
  if (texts.some((t) => t.length < 8) || chars / n < 25) return null;
  if (linked / chars > 0.5 || allLinks * 2 > n) return null;
  return texts;
}

/**
 * An item that is wholly a jump link into the article ("Local Move Cost: $131/hour" → #costs) is
 * a fact that points to its section, unless its text is that section's heading: then the list is
 * a table of contents.
 */
function isJumpFact(item: Element, text: string): boolean {
  const links = Array.from(item.querySelectorAll('a'));
  if (!links.length || !links.every((a) => (a.getAttribute('href') ?? '').startsWith('#'))) return false;
  const own = text.toLowerCase();
  return !Array.from(item.ownerDocument.querySelectorAll('h1, h2, h3, h4, h5, h6')).some((h) => {
    const heading = visibleText(h).toLowerCase();
    // "1. Costs" for "Costs": a numbered entry still names its heading.
    return heading.length > 0 && (heading.includes(own) || (own.includes(heading) && heading.length * 2 > own.length));
  });
}

/** A one-paragraph box's one item; null when it reads like links. */
function paragraphText(c: Candidate): string[] | null {
  const text = c.paragraph ?? '';
  const item = c.items[0];
  if (!text || !item || linkDensity(item) > 0.5) return null;
  if (/(?:\.\.\.|…)$/.test(text)) return null; // a teaser cut short, of another article
  return [text];
}

/** Headings, <article> or <figure> in an item (outside its sub-list) make it a story card. */
function hasTeaserParts(item: Element): boolean {
  const list = item.closest('ul, ol');
  return Array.from(item.querySelectorAll(TEASER_PARTS)).some(
    (part) => part.parentElement?.closest('ul, ol') === list,
  );
}

/**
 * The box belongs to the article when both sit in one <article>, or when their common ancestor is
 * close above the body (a story header next to the body column) and is not the whole page.
 */
function nearArticle(box: Element, root: Element, blocks: TextBlock[]): boolean {
  const common = commonAncestor(box, root);
  if (!common || ['BODY', 'HTML'].includes(tag(common))) return false;
  const article = root.closest('article, [itemprop="articleBody"]');
  if (article?.contains(box)) return true;
  if (levelsBelow(root, common) <= 3) return true;
  // Deeply nested page builders (a headline block and a body block, ten wrappers apart): the
  // wrapper they share is the article's when nearly all the page's prose is inside it.
  const prose = (inside: (el: Element) => boolean): number => blocks.reduce((n, b) => n + (inside(b.el) ? b.length : 0), 0);
  return prose((el) => common.contains(el)) >= ARTICLE_SHARE * prose(() => true);
}

/** Wrappers of the box (up to the one it shares with the body) that are recommendations, promos… */
function inForeignWrapper(box: Element, root: Element): boolean {
  for (let node: Element | null = box; node && !node.contains(root); node = node.parentElement) {
    if (isForeignAttribute(componentAttributes(node))) return true;
    if (node.querySelector('form, input[type="email"]')) return true; // a sign-up box
  }
  return false;
}

