// Words for scoring sentences, in any language: Intl.Segmenter finds them (it splits CJK and Thai
// into dictionary words, where spaces mean nothing), the `stopword` package drops the function
// words of ~60 languages, and English words are Porter-stemmed so "rescue" matches "rescued".
import { porterStem } from './porter';
import { segmenterFor } from './sentences';
import { baseLang, stopwordKey } from './stopword-key';
import { stopwordList } from './stopword-source';

export { baseLang, stopwordKey };

const stopSets = new Map<string, ReadonlySet<string>>();

/** The stop words of a language (an empty set when the package has none for it). */
export function stopwordsFor(lang: string | null | undefined): ReadonlySet<string> {
  // Brazilian Portuguese has its own list: pick AND cache by that key, not by the base language,
  // or whichever of pt-BR and pt-PT came first would serve both.
  const listKey = stopwordKey(lang);
  let set = stopSets.get(listKey);
  if (!set) {
    const list = stopwordList(listKey);
    set = new Set(list ? list.map((w) => w.toLowerCase()) : []);
    stopSets.set(listKey, set);
  }
  return set;
}

// Scripts written without spaces between words: only these need the (slow) dictionary-based
// Intl.Segmenter; everything else is split on letters and digits with a regex, ~20x faster.
// Korean (Hangul) is written with spaces and is not among them.
const UNSPACED_CLASS =
  '[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}\\p{Script=Lao}\\p{Script=Khmer}\\p{Script=Myanmar}\\p{Script=Tibetan}]';
const UNSPACED = new RegExp(UNSPACED_CLASS, 'u');

/** A fresh global regex matching one character of a script written without spaces. */
export function unspacedChars(): RegExp {
  return new RegExp(UNSPACED_CLASS, 'gu');
}
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’.-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;

/** The word-like tokens of `text`, lowercased, in order. */
export function words(text: string, lang?: string | null): string[] {
  if (!UNSPACED.test(text)) return (text.match(WORD) ?? []).map((w) => w.toLowerCase());
  const out: string[] = [];
  for (const s of segmenterFor(lang || 'en', 'word').segment(text)) {
    if (s.isWordLike) out.push(s.segment.toLowerCase());
  }
  return out;
}

/**
 * The content terms of `text`: words minus stop words and bare numbers, stemmed for English.
 * These are what sentences are compared on. `tokens` saves re-tokenising when the caller has them.
 */
export function contentTerms(text: string, lang?: string | null, tokens = words(text, lang)): string[] {
  const stops = stopwordsFor(lang);
  const english = baseLang(lang) === 'en';
  const out: string[] = [];
  for (const w of tokens) {
    if (stops.has(w) || /^[\p{N}.,]+$/u.test(w)) continue;
    const term = english ? porterStem(w.replace(/['’]s$/, '')) : w;
    if (!stops.has(term)) out.push(term);
  }
  return out;
}
