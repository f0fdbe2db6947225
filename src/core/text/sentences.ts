// Sentence splitting for any language: Intl.Segmenter does the real work (it knows CJK, Thai,
// Arabic… punctuation), and a few small repairs fix where its rules split news English wrongly:
// after titles ("Mr. Smith"), initials ("J. K. Rowling"), dotted acronyms ("the U.S. Senate"),
// "No. 5", "e.g. apples", and before a lowercase continuation ('"Is it?" she asked').
// Every sentence keeps its offsets into the input, so a caller can always point back at it.
import { stopwordList } from './stopword-source';

export interface Sentence {
  /** The sentence, trimmed: always exactly `input.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** Index of the paragraph (blocks separated by a blank line) the sentence is in. */
  paragraph: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

/** One cached segmenter per locale: constructing them costs far more than using them. */
export function segmenterFor(lang: string | null | undefined, granularity: 'sentence' | 'word'): Intl.Segmenter {
  const key = `${granularity}|${lang ?? ''}`;
  let seg = segmenters.get(key);
  if (!seg) {
    let locale: string | undefined;
    try {
      locale = lang ? Intl.getCanonicalLocales(lang)[0] : undefined;
    } catch {
      locale = undefined; // an invalid lang attribute must not break splitting
    }
    seg = new Intl.Segmenter(locale, { granularity });
    segmenters.set(key, seg);
  }
  return seg;
}

// Abbreviations that come before a name or number: a break after them is (almost) always wrong.
const TITLES = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'dr', 'prof', 'gen', 'sen', 'rep', 'gov', 'lt', 'col', 'capt', 'cpt',
  'sgt', 'cpl', 'pvt', 'maj', 'adm', 'cmdr', 'rev', 'hon', 'pres', 'supt', 'det', 'insp', 'fr', 'mme',
  'mlle', 'sr', 'sra', 'srta', 'herr', 'frau',
]);
// Abbreviations that also end sentences ("he lives on Main St."): merge only when the next word
// does not look like the start of a new sentence.
const AMBIGUOUS = new Set([
  'st', 'jr', 'inc', 'ltd', 'co', 'corp', 'etc', 'approx', 'est', 'vs', 'v', 'fig', 'mt', 'ft', 'no',
  'nos', 'vol', 'ch', 'p', 'pp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'ave', 'blvd', 'rd', 'dept', 'univ', 'cf', 'al', 'ca', 'op', 'bros',
]);
// Words a new English sentence typically starts with ("The", "He", "But"…). Built on first use:
// module start-up runs on every fresh page the extractor is injected into.
let starters: ReadonlySet<string> | undefined;
const startsSentenceWord = (word: string) => (starters ??= new Set(stopwordList('eng'))).has(word);

const LAST_WORD = /([\p{L}\p{N}.]+)\.["'’”)\]]*\s*$/u;
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u; // "U.S", "a.m", "e.g" (the final dot is outside the match)
const FIRST_WORD = /^[\s"'‘“([]*([\p{L}\p{N}][\p{L}\p{N}'’-]*)/u;

/**
 * LAST_WORD on the end of `prev` only: an end-anchored regex is tried from every position, and
 * `prev` grows as segments merge (the whole-string test was 2% of the pipeline, issue 13). When the
 * tail has no match or one from its first character (the word may start before the cut), the whole
 * string is asked.
 */
function lastWord(prev: string): RegExpExecArray | null {
  if (prev.length <= 80) return LAST_WORD.exec(prev);
  const m = LAST_WORD.exec(prev.slice(-80));
  return m && m.index > 0 ? m : LAST_WORD.exec(prev);
}

/** Should the segment `prev` be glued to the segment `next` that follows it? */
function shouldMerge(prev: string, next: string): boolean {
  const first = FIRST_WORD.exec(next)?.[1];
  if (!first) return false;
  const firstChar = first[0] ?? '';
  // ICU breaks after ?! even before a lowercase word ('"Is it?" she asked'): a lowercase start is
  // a continuation in every cased script.
  if (firstChar !== firstChar.toUpperCase() && firstChar === firstChar.toLowerCase()) return true;
  const m = lastWord(prev);
  if (!m) return false;
  const word = m[1] ?? '';
  const lower = word.toLowerCase();
  const isDigit = /^\p{N}/u.test(first);
  if (TITLES.has(lower)) return true;
  if (lower === 'no' || lower === 'nos') return isDigit; // "No. 5", but "he said no. Then…"
  const startsSentence = startsSentenceWord(first.toLowerCase());
  if (AMBIGUOUS.has(lower)) return isDigit || !startsSentence;
  // Single initials ("J.", "K.") and dotted acronyms ("U.S.", "a.m.", "e.g.").
  if (/^\p{Lu}$/u.test(word) || DOTTED.test(word)) return !startsSentence;
  return false;
}

interface Piece {
  start: number;
  end: number;
}

/** Segment one paragraph (absolute offsets) and apply the repairs. */
function splitParagraph(text: string, from: number, to: number, seg: Intl.Segmenter): Piece[] {
  const pieces: Piece[] = [];
  for (const s of seg.segment(text.slice(from, to))) {
    const start = from + s.index;
    const end = start + s.segment.length;
    const prev = pieces[pieces.length - 1];
    if (prev && shouldMerge(text.slice(prev.start, prev.end), s.segment)) prev.end = end;
    else pieces.push({ start, end });
  }
  return pieces;
}

const PARAGRAPH_BREAK = /\n[ \t\r]*\n\s*/g;

/**
 * Split `text` into trimmed sentences with offsets into `text`. Paragraphs are separated by a
 * blank line; text without any blank line (CNN/DM style) is one paragraph.
 */
export function splitSentences(text: string, lang?: string | null): Sentence[] {
  const seg = segmenterFor(lang || 'en', 'sentence');
  const out: Sentence[] = [];
  let paragraph = 0;
  let from = 0;
  const breaks = [...text.matchAll(PARAGRAPH_BREAK)].map((m) => [m.index, m.index + m[0].length] as const);
  breaks.push([text.length, text.length]);
  for (const [breakStart, breakEnd] of breaks) {
    let added = false;
    for (const p of splitParagraph(text, from, breakStart, seg)) {
      const raw = text.slice(p.start, p.end);
      const lead = raw.length - raw.trimStart().length;
      const trimmed = raw.trim();
      if (!trimmed) continue;
      const start = p.start + lead;
      out.push({ text: trimmed, start, end: start + trimmed.length, paragraph });
      added = true;
    }
    if (added) paragraph++;
    from = breakEnd;
  }
  return out;
}
