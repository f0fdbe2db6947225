// Words for scoring sentences, in any language: Intl.Segmenter finds them (it splits CJK and Thai
// into dictionary words, where spaces mean nothing), the `stopword` package drops the function
// words of ~60 languages, and English words are Porter-stemmed so "rescue" matches "rescued".
import * as stopword from 'stopword';
import { porterStem } from './porter';
import { segmenterFor } from './sentences';

// BCP-47 primary subtags → the ISO 639-3 keys the `stopword` package uses.
const ISO3: Record<string, string> = {
  af: 'afr', ar: 'ara', bg: 'bul', bn: 'ben', br: 'bre', ca: 'cat', cs: 'ces', da: 'dan', de: 'deu',
  el: 'ell', en: 'eng', eo: 'epo', es: 'spa', et: 'est', eu: 'eus', fa: 'fas', fi: 'fin', fr: 'fra',
  ga: 'gle', gl: 'glg', gu: 'guj', ha: 'hau', he: 'heb', iw: 'heb', hi: 'hin', hr: 'hrv', hu: 'hun',
  hy: 'hye', id: 'ind', in: 'ind', it: 'ita', ja: 'jpn', ko: 'kor', ku: 'kur', la: 'lat', lt: 'lit',
  lv: 'lav', mr: 'mar', ms: 'msa', my: 'mya', nb: 'nob', no: 'nob', nn: 'nob', nl: 'nld',
  pa: 'panGu', pl: 'pol', pt: 'por', ro: 'ron', ru: 'rus', sk: 'slk', sl: 'slv', so: 'som',
  st: 'sot', sv: 'swe', sw: 'swa', th: 'tha', tl: 'tgl', fil: 'tgl', tr: 'tur', uk: 'ukr',
  ur: 'urd', vi: 'vie', yo: 'yor', zh: 'zho', zu: 'zul',
};

/** The primary language subtag of a BCP-47 tag, lowercase ("en-US" → "en"); "en" when unknown. */
export function baseLang(lang: string | null | undefined): string {
  const base = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return base && /^[a-z]{2,3}$/.test(base) ? base : 'en';
}

const stopSets = new Map<string, ReadonlySet<string>>();

/** The stop words of a language (an empty set when the package has none for it). */
export function stopwordsFor(lang: string | null | undefined): ReadonlySet<string> {
  const base = baseLang(lang);
  let set = stopSets.get(base);
  if (!set) {
    const key = ISO3[base] ?? (base === 'en' ? 'eng' : '');
    const region = (lang ?? '').toLowerCase();
    const listKey = key === 'por' && region.startsWith('pt-br') ? 'porBr' : key;
    const list = (stopword as unknown as Record<string, unknown>)[listKey];
    set = new Set(Array.isArray(list) ? (list as string[]).map((w) => w.toLowerCase()) : []);
    stopSets.set(base, set);
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
