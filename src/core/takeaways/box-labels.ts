// The words publishers use for an author's takeaways box, and the words that mark what is not one.
// Labels match a whole label line only ("Key Takeaways", "TL;DR:"), never a phrase inside a longer
// text: "AI Ascendant: Key Takeaways from Google I/O" is the title of another article, not a box.

import { escapeRegExp } from '../text/regex';

/** Normalised labels (see normalizeLabel): lower case, straight quotes, no trailing colon. */
const LABELS = [
  // English
  'key takeaways', 'key takeaway', 'takeaways', 'the takeaway', 'the takeaways', 'main takeaways',
  'key points', 'the key points', 'main points', 'key facts', 'quick facts', 'fast facts',
  'story highlights', 'highlights', 'article highlights', 'tl;dr', 'tldr', 'tl dr', 'in short',
  'in brief', 'why it matters', 'summary', 'article summary', 'quick summary', 'at a glance',
  'what you need to know', 'in a nutshell', 'key findings', 'the gist', 'key insights',
  'key highlights', 'recap', 'takeaway', "too long; didn't read",
  // German
  'auf einen blick', 'das wichtigste in kürze', 'das wichtigste vorab', 'das wichtigste auf einen blick', 'das wichtigste',
  'das wichtigste im überblick', 'zusammenfassung', 'kurz und knapp', 'kurz gesagt', 'die wichtigsten punkte', 'kernaussagen',
  // French
  'en bref', 'points clés', 'points clefs', 'les points clés', "l'essentiel", 'à retenir',
  "ce qu'il faut retenir", 'en résumé', 'résumé',
  // Spanish
  'en resumen', 'puntos clave', 'lo más importante', 'lo esencial', 'claves', 'resumen', 'en breve',
  'lo que hay que saber', 'lo que debes saber',
  // Italian
  'in breve', 'punti chiave', 'in sintesi', 'riassunto', 'i punti chiave',
  // Portuguese
  'em resumo', 'pontos-chave', 'pontos chave', 'pontos principais', 'resumo', 'destaques',
  'o que você precisa saber',
  // Dutch
  'in het kort', 'kernpunten', 'samenvatting',
];

const LABEL_SET = new Set(LABELS);
// Longest first so "key takeaways" wins over "takeaways" at the start of "Key takeaways: …".
const LABEL_PREFIX = new RegExp(
  `^(?:${[...LABELS].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})\\s*(?:[:：]|[-–—](?=\\s))\\s*`,
);
/**
 * A label narrowed by a short qualifier: "Key takeaways for enterprise leaders", "Key takeaways
 * include:", "TL;DR for self-employed individuals", "Recap of key points". Not "from": "Key
 * takeaways from Google I/O" is the title of another article.
 */
const QUALIFIED = new RegExp(
  `^(?:${[...LABELS].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')}) (?:(?:for|of|about|on) [^.!?]*|include|includes|including)$`,
);
/** A collapsible box's toggle: "Expand for key takeaways:", "Show key points". */
const TOGGLE = /^(?:expand|show|view|see) (?:for |the |all )?(?=\p{L})/u;
/** Longer, it is a sentence: "Summary of the debate was published later". */
const MAX_QUALIFIED_WORDS = 5;

/** Lower case, one space, curly quotes straightened, leading emoji/bullets and trailing ":" dropped. */
export function normalizeLabel(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^[^\p{L}\p{N}]+/u, '')
    .replace(/[^\p{L}\p{N})]+$/u, '')
    .trim();
}

/** "TL;DR – Key Takeaways": labels joined by a dash or a bar are one label. */
function isCompoundLabel(norm: string): boolean {
  const parts = norm.split(/\s+[-–—|]\s+/);
  return parts.length > 1 && parts.every((part) => LABEL_SET.has(part));
}

export interface LabelMatch {
  /** Text after the label and its separator on the same line, as written ("Why it matters: The vote…" → "The vote…"). */
  rest: string;
}

/**
 * A label line is either the label alone ("Highlights", "TL;DR:") or the label, a colon and a
 * lead-in on the same line (Axios' "<strong>Why it matters:</strong> …"). Without the colon a
 * longer text is a sentence that merely starts with the words ("Summary of the debate was…").
 */
export function matchLabel(text: string): LabelMatch | null {
  const norm = normalizeLabel(text).replace(TOGGLE, '');
  if (LABEL_SET.has(norm) || isCompoundLabel(norm)) return { rest: '' };
  if (QUALIFIED.test(norm) && norm.split(' ').length <= MAX_QUALIFIED_WORDS) return { rest: '' };
  const lead = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/^[^\p{L}\p{N}]+/u, '');
  const m = LABEL_PREFIX.exec(lead);
  if (!m) return null;
  // The rest keeps the page's case: take as many words from the end of the original line.
  const count = lead.slice(m[0].length).trim().split(' ').filter(Boolean).length;
  const original = text.replace(/\s+/g, ' ').trim().split(' ');
  return { rest: count ? original.slice(-count).join(' ') : '' };
}

// Any label at the start of a text, allowing leading symbols and any run of spaces. One regex test
// per text node keeps the page scan cheap (linkedom pages have tens of thousands of text nodes).
const LABEL_START = new RegExp(
  `^[^\\p{L}\\p{N}]{0,4}(?:(?:expand|show|view|see)\\s+(?:for\\s+|the\\s+|all\\s+)?)?(?:${LABELS.map((l) => escapeRegExp(l).replace(/'/g, "['\u2018\u2019\u02bc]").replace(/ /g, '\\s+')).join('|')})`,
  'iu',
);

/** Quick test for a text node that could begin a label line (avoids reading big blocks' text). */
export function mayStartLabel(text: string): boolean {
  return LABEL_START.test(text.trimStart().slice(0, 60));
}

// Unlabelled boxes: class / id / data-* values that name a summary list ("article-key-points",
// "storyHighlights", data-component="key-takeaways", Bloomberg's ul.abstract under the headline,
// "callout--summary"). Plain "highlight" is left out: it is the class of syntax-highlighted code;
// plain "summary" too: it is the class of post excerpts on archive pages.
const SUMMARY_ATTR =
  /(?:^|[^a-z])(?:key-?points?|key-?takeaways?|takeaways|(?:story-?)?highlights|summary-?list|tl-?dr|key-?facts|at-?a-?glance|bullet-?summary|abstract|callout-?summary|summary-?(?:box|callout|bullets|points))(?:[^a-z]|$)/;

/** class="RenderKeyPoints-list" / "summary__list" / "key_points" → "render-key-points-list" … */
function attributeWords(value: string): string {
  return value.replace(/([a-z])([A-Z])/g, '$1-$2').toLowerCase().replace(/[-_]+/g, '-');
}

/** Every SUMMARY_ATTR word holds one of these, whatever its case and separators. */
const MAY_BE_SUMMARY = /key|takeaway|highlight|summar|tl[-_]*dr|glance|abstract/i;

export function isSummaryAttribute(value: string): boolean {
  // Asked of every element on the page: the quick test spares most of them attributeWords' copies.
  return MAY_BE_SUMMARY.test(value) && SUMMARY_ATTR.test(attributeWords(value));
}

// Ads that publishers slot between the items of a box.
const AD_TEXTS = new Set([
  'ad', 'ads', 'advertisement', 'advertisements', 'sponsored', 'sponsored content', 'paid content',
  'promoted', 'anzeige', 'werbung', 'publicité', 'publicidad', 'pubblicità', 'publicidade',
  'advertentie', 'story continues below advertisement', 'continue reading below',
]);
const AD_ATTR = /(?:^|[^a-z])(?:ad|ads|adv|advert|advertisement|adslot|ad-slot|ad-unit|dfp|sponsor|sponsored|promo|promoted)(?:[^a-z]|$)/;

export function isAdText(text: string): boolean {
  return AD_TEXTS.has(normalizeLabel(text));
}

export function isAdAttribute(value: string): boolean {
  return AD_ATTR.test(attributeWords(value));
}

// Wrappers that are never part of an article's own summary: navigation, recommendations,
// newsletter sign-ups, comments.
const FOREIGN_ATTR =
  /(?:^|[^a-z])(?:nav|navbar|navigation|menu|breadcrumbs?|related|recommended|recommendations?|trending|popular|most-?read|most-?popular|more-?stories|read-?more|newsletter|subscribe|subscription|sign-?up|comments?|disqus|outbrain|taboola)(?:[^a-z]|$)/;

export function isForeignAttribute(value: string): boolean {
  return FOREIGN_ATTR.test(attributeWords(value));
}
