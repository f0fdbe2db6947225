// The scrapinghub article-extraction-benchmark's metric, as issue 11 specifies it: tokens
// `[\p{L}\p{N}_]+` with case kept; a multiset of 4-token shingles (a text of 1–3 tokens is one
// shorter shingle); per document tp/fp/fn; P = 1 when fp = fn = 0, 0 when tp = fp = 0, else
// tp/(tp+fp) (R likewise); corpus P and R are means over documents with tp+fp > 0 (resp.
// tp+fn > 0) and F1 = 2PR/(P+R) of those means.
import { counts, overlap } from './wcxb-metric';

const SHINGLE = 4;

export function shingles(text: string): string[] {
  const tokens = text.match(/[\p{L}\p{N}_]+/gu) ?? [];
  if (!tokens.length) return [];
  if (tokens.length < SHINGLE) return [tokens.join(' ')];
  const out: string[] = [];
  for (let i = 0; i + SHINGLE <= tokens.length; i++) out.push(tokens.slice(i, i + SHINGLE).join(' '));
  return out;
}

export interface DocCounts {
  tp: number;
  fp: number;
  fn: number;
}

export function shingleCounts(prediction: string, reference: string): DocCounts {
  const pred = shingles(prediction);
  const ref = shingles(reference);
  const tp = overlap(counts(pred), counts(ref));
  // Normalised by their sum, as the benchmark does; ratios (and so P and R) are unchanged by it.
  const sum = pred.length + ref.length - tp;
  if (!sum) return { tp: 0, fp: 0, fn: 0 };
  return { tp: tp / sum, fp: (pred.length - tp) / sum, fn: (ref.length - tp) / sum };
}

export function docPrecision({ tp, fp, fn }: DocCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function docRecall({ tp, fp, fn }: DocCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

export function corpusShingleScore(docs: readonly DocCounts[]): { p: number; r: number; f1: number } {
  const withPred = docs.filter((d) => d.tp + d.fp > 0);
  const withRef = docs.filter((d) => d.tp + d.fn > 0);
  const p = mean(withPred.map(docPrecision));
  const r = mean(withRef.map(docRecall));
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

function mean(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}
