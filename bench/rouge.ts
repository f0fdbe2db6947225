// ROUGE-1/2/L/Lsum F1 as Google's `rouge-score` package computes them with use_stemmer=True
// (rouge_scorer.py + tokenize.py), so figures compare with published ones computed the same way.
// Texts for Lsum put one sentence (or highlight) per line.
import { porterStem } from '../src/core/text/porter';

export interface RougeScores {
  rouge1: number;
  rouge2: number;
  rougeL: number;
  rougeLsum: number;
}

/** rouge-score's tokenizer: lowercase, non [a-z0-9] → space, stem tokens longer than 3 chars. */
export function rougeTokens(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .split(/\s+/)
    .filter((t) => t.length > 0)
    .map((t) => (t.length > 3 ? porterStem(t) : t))
    .filter((t) => /^[a-z0-9]+$/.test(t));
}

function fmeasure(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function rougeN(target: string[], prediction: string[], n: number): number {
  const t = ngramCounts(target, n);
  const p = ngramCounts(prediction, n);
  let overlap = 0;
  for (const [key, count] of t) overlap += Math.min(count, p.get(key) ?? 0);
  const tTotal = Math.max(0, target.length - n + 1);
  const pTotal = Math.max(0, prediction.length - n + 1);
  return fmeasure(overlap / Math.max(pTotal, 1), overlap / Math.max(tTotal, 1));
}

function lcsTable(ref: string[], can: string[]): Uint32Array[] {
  const rows: Uint32Array[] = [];
  for (let i = 0; i <= ref.length; i++) rows.push(new Uint32Array(can.length + 1));
  for (let i = 1; i <= ref.length; i++) {
    const row = rows[i]!;
    const up = rows[i - 1]!;
    for (let j = 1; j <= can.length; j++) {
      row[j] = ref[i - 1] === can[j - 1] ? up[j - 1]! + 1 : Math.max(up[j]!, row[j - 1]!);
    }
  }
  return rows;
}

export function rougeL(target: string[], prediction: string[]): number {
  if (target.length === 0 || prediction.length === 0) return 0;
  const lcs = lcsTable(target, prediction)[target.length]![prediction.length]!;
  return fmeasure(lcs / prediction.length, lcs / target.length);
}

/** Indices into `ref` of one LCS with `can`, backtracked exactly as rouge-score does. */
function lcsIndices(ref: string[], can: string[]): number[] {
  const t = lcsTable(ref, can);
  const out: number[] = [];
  let i = ref.length;
  let j = can.length;
  while (i > 0 && j > 0) {
    if (ref[i - 1] === can[j - 1]) {
      out.push(i - 1);
      i--;
      j--;
    } else if (t[i]![j - 1]! > t[i - 1]![j]!) j--;
    else i--;
  }
  return out.reverse();
}

/** Summary-level union LCS (rouge-score's rougeLsum), each argument a list of tokenised lines. */
export function rougeLsum(target: string[][], prediction: string[][]): number {
  const m = target.reduce((a, s) => a + s.length, 0);
  const n = prediction.reduce((a, s) => a + s.length, 0);
  if (m === 0 || n === 0) return 0;
  const countR = new Map<string, number>();
  const countC = new Map<string, number>();
  for (const s of target) for (const t of s) countR.set(t, (countR.get(t) ?? 0) + 1);
  for (const s of prediction) for (const t of s) countC.set(t, (countC.get(t) ?? 0) + 1);
  let hits = 0;
  for (const ref of target) {
    const union = new Set<number>();
    for (const can of prediction) for (const i of lcsIndices(ref, can)) union.add(i);
    for (const i of [...union].sort((a, b) => a - b)) {
      const tok = ref[i]!;
      const c = countC.get(tok) ?? 0;
      const r = countR.get(tok) ?? 0;
      if (c > 0 && r > 0) {
        hits++;
        countC.set(tok, c - 1);
        countR.set(tok, r - 1);
      }
    }
  }
  return fmeasure(hits / n, hits / m);
}

/** rouge-score's rougeLsum line split: on "\n", dropping empty lines. */
function lines(text: string): string[][] {
  return text
    .split('\n')
    .filter((l) => l.length > 0)
    .map(rougeTokens);
}

/** All four F1 scores (0..1) of `prediction` against `target`; one sentence per line in each. */
export function rouge(target: string, prediction: string): RougeScores {
  const t = rougeTokens(target);
  const p = rougeTokens(prediction);
  return {
    rouge1: rougeN(t, p, 1),
    rouge2: rougeN(t, p, 2),
    rougeL: rougeL(t, p),
    rougeLsum: rougeLsum(lines(target), lines(prediction)),
  };
}
