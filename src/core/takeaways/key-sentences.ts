// Local key takeaways: pick the few sentences that carry an article, on the reader's machine, in
// any language. Unsupervised and deterministic: every sentence gets a score from
//   - position (news puts the point first, so this prior is strong),
//   - centrality (TF-IDF cosine to the whole article: sentences about what the article is about),
//   - overlap with the title, when one is known,
// and a greedy MMR pass picks high scorers that do not repeat each other. Sentences that are not
// real sentences (captions, bylines, credits, "Read more", questions to the reader, fragments) are
// never candidates. Items are returned verbatim (substrings of the input) in article order, so the
// UI can find each one in the page.
import { type Sentence, splitSentences } from '../text/sentences';
import { baseLang, contentTerms, words } from '../text/words';

export interface KeySentenceOptions {
  title?: string | null;
  lang?: string | null;
  /** Upper bound on the number of items (default: 3, or more for long articles). */
  max?: number;
}

// Weights and thresholds, chosen on the two dev sets named in bench/takeaways.ts.
const W_POSITION = 1.0;
const W_CENTRAL = 0.6;
const W_TITLE = 0.3;
const POSITION_DECAY = 0.35; // position score = 1 / (1 + DECAY * rank among candidates)
const MMR_REDUNDANCY = 0.6; // how much similarity to an already picked sentence costs
const MIN_WORDS = 6;
const MAX_WORDS = 80;

// Scripts that do not end sentences with punctuation: the end-punctuation test does not apply.
const UNPUNCTUATED = new Set(['th', 'lo', 'km', 'my']);
const END_PUNCT = /[.!。！…؟।॥።]["'’”»)\]]*$/u;
const QUESTION = /[?？؟]["'’”»)\]]*$/u;

// Lines that are page furniture, not article content.
const FURNITURE = [
  /^(?:photos?|pictures?|images?|video|credits?|source|read more|scroll down|click here|watch|see also|related|advertisement|follow|share|sign up|subscribe|download|listen)\b/i,
  /\b(?:scroll down for|click here|read more|sign up for|follow us)\b/i,
  /\((?:getty|ap|reuters|afp|pa|epa|file|stock|rex)(?: images| photo| image)?\)/i,
  /\((?:pictured|shown|above|below|left|right|centre|center|inset|top|bottom|main)\b[^)]*\)/i,
  /\bpictured\b/i,
  /^by\s/i,
  /\b(?:published|updated|last updated)\s*:/i,
  /\b(?:photo|image|picture)\s*:/i,
  /©|\bcopyright\b/i,
];

interface Candidate {
  sentence: Sentence;
  order: number; // index among all sentences
  terms: Map<string, number>;
  wordCount: number;
  score: number;
}

/** Is this sentence something a reader would accept as a takeaway? */
function isCandidate(text: string, wordCount: number, lang: string): boolean {
  if (wordCount < MIN_WORDS || wordCount > MAX_WORDS) return false;
  if (QUESTION.test(text)) return false;
  if (!UNPUNCTUATED.has(lang) && !END_PUNCT.test(text)) return false;
  // Shouting lines ("SCROLL DOWN FOR VIDEO") and lines that are mostly capitals are furniture.
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = text.replace(/[^\p{Lu}]/gu, '');
  if (letters.length > 0 && upper.length / letters.length > 0.6) return false;
  return !FURNITURE.some((re) => re.test(text));
}

function termCounts(terms: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of terms) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/** Cosine of two sparse TF-IDF vectors given as term → weight. */
function cosine(a: Map<string, number>, b: Map<string, number>, normA: number, normB: number): number {
  if (normA === 0 || normB === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) {
    const v = large.get(t);
    if (v !== undefined) dot += w * v;
  }
  return dot / (normA * normB);
}

function weigh(counts: Map<string, number>, idf: Map<string, number>): Map<string, number> {
  const v = new Map<string, number>();
  for (const [t, c] of counts) v.set(t, (1 + Math.log(c)) * (idf.get(t) ?? 0));
  return v;
}

function norm(v: Map<string, number>): number {
  let s = 0;
  for (const w of v.values()) s += w * w;
  return Math.sqrt(s);
}

/** How many items an article deserves: 3, more only for long articles. */
function itemCount(candidates: number, totalWords: number, max: number | undefined): number {
  const wanted = totalWords > 900 && candidates >= 25 ? 4 : 3;
  return Math.max(0, Math.min(max ?? wanted, candidates));
}

/**
 * The key sentences of `text` (plain text, blocks separated by blank lines), each exactly a
 * substring of `text`, in article order. Deterministic; empty when nothing qualifies.
 */
export function keySentences(text: string, options: KeySentenceOptions = {}): string[] {
  const lang = baseLang(options.lang);
  const sentences = splitSentences(text, options.lang);
  const candidates: Candidate[] = [];
  let totalWords = 0;
  sentences.forEach((sentence, order) => {
    const wordCount = words(sentence.text, options.lang).length;
    totalWords += wordCount;
    if (!isCandidate(sentence.text, wordCount, lang)) return;
    const terms = termCounts(contentTerms(sentence.text, options.lang));
    if (terms.size === 0) return;
    candidates.push({ sentence, order, terms, wordCount, score: 0 });
  });
  const k = itemCount(candidates.length, totalWords, options.max);
  if (k === 0) return [];

  // Document frequencies over candidate sentences → smoothed IDF.
  const df = new Map<string, number>();
  for (const c of candidates) for (const t of c.terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = candidates.length;
  const idf = new Map<string, number>();
  for (const [t, d] of df) idf.set(t, Math.log((n + 1) / d) + 1);

  const vectors = candidates.map((c) => weigh(c.terms, idf));
  const norms = vectors.map(norm);
  // The document vector: all candidate terms, so centrality means "about what the article is about".
  const docCounts = new Map<string, number>();
  for (const c of candidates) for (const [t, x] of c.terms) docCounts.set(t, (docCounts.get(t) ?? 0) + x);
  const docVec = weigh(docCounts, idf);
  const docNorm = norm(docVec);
  const titleVec = options.title ? weigh(termCounts(contentTerms(options.title, options.lang)), idf) : null;
  const titleNorm = titleVec ? norm(titleVec) : 0;

  const central = vectors.map((v, i) => cosine(v, docVec, norms[i] ?? 0, docNorm));
  const maxCentral = Math.max(...central, 1e-9);
  candidates.forEach((c, i) => {
    const position = 1 / (1 + POSITION_DECAY * i);
    const centrality = (central[i] ?? 0) / maxCentral;
    const title = titleVec ? cosine(vectors[i]!, titleVec, norms[i] ?? 0, titleNorm) : 0;
    c.score = W_POSITION * position + W_CENTRAL * centrality + W_TITLE * title;
  });

  // Greedy MMR: best score minus the cost of repeating an already chosen sentence.
  const chosen: number[] = [];
  const maxSim = new Float64Array(n);
  while (chosen.length < k) {
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < n; i++) {
      if (chosen.includes(i)) continue;
      const value = candidates[i]!.score - MMR_REDUNDANCY * maxSim[i]!;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) break;
    chosen.push(best);
    for (let i = 0; i < n; i++) {
      const sim = cosine(vectors[i]!, vectors[best]!, norms[i] ?? 0, norms[best] ?? 0);
      if (sim > maxSim[i]!) maxSim[i] = sim;
    }
  }
  return chosen
    .map((i) => candidates[i]!)
    .sort((a, b) => a.order - b.order)
    .map((c) => c.sentence.text);
}
