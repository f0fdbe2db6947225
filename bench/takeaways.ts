// `npm run bench:takeaways [-- FILE.jsonl ...]`: local key sentences against Lead-3, with 95%
// bootstrap intervals. The dev sets are scored in 2-fold cross-validation (the method is chosen
// on one half and scored on the other, both ways); given files are scored without any tuning.
//
// Quality: ROUGE-1/2/L/Lsum F1 (rouge-score semantics, Porter stemming; see bench/rouge.ts) of
// Nutshell's keySentences and of Lead-3 against each set's reference highlights. Lead-3 is printed
// twice: the first three sentences from the SAME splitter, and from the held-out check's plain
// regex splitter, with the differences to both. Default sets: the two dev files in ../shared/corpus/takeaways;
// pass other files with the same format as arguments, or in NUTSHELL_TAKEAWAYS_SETS (comma-separated).
//
// Speed: the takeaways step is bundled for the browser with esbuild and timed in headless Chromium
// on the 20 longest articles. Figures are printed; nothing here fails on a time.
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { DEFAULT_METHOD, DEGREE_METHOD, isTakeawayCandidate, type KeySentenceMethod, keySentences } from '../src/core/takeaways/key-sentences';
import { splitSentences } from '../src/core/text/sentences';
import { type RougeScores, rouge } from './rouge';
import { CHROMIUM_ARGS, quantile } from './stats';
import { TAKEAWAYS } from '../tests/helpers/corpus';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEFAULT_SETS = ['cnndm_test_subset.dev.jsonl', 'bbc_news_summary.dev.jsonl'].map((f) => resolve(TAKEAWAYS, f));

interface Row {
  id: string;
  article: string;
  highlights: string[];
  title?: string;
  lang?: string;
}

type System = (row: Row) => string[];

const lead = (k: number): System => (row) => splitSentences(row.article, row.lang ?? 'en').slice(0, k).map((s) => s.text);
// The first three sentences that pass Nutshell's candidate filter: how much of the gain over
// Lead-3 comes from skipping bylines/captions/fragments rather than from the scoring.
const filteredLead3: System = (row) =>
  splitSentences(row.article, row.lang ?? 'en')
    .filter((s) => isTakeawayCandidate(s.text, 'en'))
    .slice(0, 3)
    .map((s) => s.text);
const nutshell: System = (row) => keySentences(row.article, { lang: row.lang ?? 'en' });

function load(path: string): Row[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Row);
}

function mean(xs: number[]): number {
  return xs.reduce((a, b) => a + b, 0) / Math.max(xs.length, 1);
}

// The held-out check's Lead-3: the first three sentences from a plain regex splitter.
const REGEX_SENTENCE = /[^.!?]+[.!?]+["'’”)\]]*/g;
const regexLead3: System = (row) => (row.article.match(REGEX_SENTENCE) ?? []).slice(0, 3).map((s) => s.trim());
// What cross-validation chooses from: each is a method (a rule), not a weight setting.
const METHODS: Record<string, KeySentenceMethod> = {
  degree: DEGREE_METHOD,
  'lede zone': { ...DEFAULT_METHOD, boxWords: Infinity },
  'lede zone, 50-word box': DEFAULT_METHOD,
};
const withMethod = (method: KeySentenceMethod): System => (row) => keySentences(row.article, { lang: row.lang ?? 'en' }, method);

type Metric = 'rouge1' | 'rouge2' | 'rougeL';
const METRICS: [Metric, string][] = [['rouge1', 'R-1'], ['rouge2', 'R-2'], ['rougeL', 'R-L']];

/** Per-article scores, so means can be bootstrapped. */
function perArticle(rows: Row[], system: System): RougeScores[] {
  return rows.map((row) => rouge(row.highlights.join('\n'), system(row).join('\n')));
}

/** Seeded PRNG (mulberry32): the same intervals on every run. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 95% percentile bootstrap interval of the mean (1,000 resamples of the articles). */
export function bootstrap(xs: number[], seed = 12, resamples = 1000): [number, number] {
  const rand = prng(seed);
  const means: number[] = [];
  for (let r = 0; r < resamples; r++) {
    let sum = 0;
    for (let i = 0; i < xs.length; i++) sum += xs[Math.floor(rand() * xs.length)]!;
    means.push(sum / xs.length);
  }
  return [quantile(means, 0.025), quantile(means, 0.975)];
}

const pct = (x: number): string => (x * 100).toFixed(2);
const ci = (xs: number[]): string => {
  const [lo, hi] = bootstrap(xs);
  return `${pct(mean(xs))} [${pct(lo)}, ${pct(hi)}]`;
};

function compare(label: string, rows: Row[], system: System): void {
  const ours = perArticle(rows, system);
  const l3 = perArticle(rows, lead(3));
  const plain = perArticle(rows, regexLead3);
  console.log(`${label} (${rows.length} articles)`);
  for (const [m, name] of METRICS) {
    const a = ours.map((s) => s[m]);
    const b = l3.map((s) => s[m]);
    const c = plain.map((s) => s[m]);
    const diff = (base: number[]): number[] => a.map((x, i) => x - base[i]!);
    console.log(`  ${name} ${ci(a)} vs Lead-3 ${ci(b)}   (plain-regex Lead-3 ${ci(c)}; difference ${ci(diff(b))}, vs plain ${ci(diff(c))})`);
  }
}

/** Which fold an article is in: FNV-1a of its id, so the split is the same on every run. */
function fold(id: string): 0 | 1 {
  let h = 0x811c9dc5;
  for (const ch of `12:${id}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return (h % 2) as 0 | 1;
}

/** The method that scores best (mean of and R-L) on `rows`: the only thing tuned. */
function tune(rows: Row[]): string {
  let best = '';
  let bestScore = -Infinity;
  for (const [name, method] of Object.entries(METHODS)) {
    const s = perArticle(rows, withMethod(method));
    const score = mean(s.map((x) => x.rouge1 + x.rouge2 + x.rougeL));
    if (score > bestScore) [best, bestScore] = [name, score];
  }
  return best;
}

/** 2-fold cross-validation: choose the method on one half, score the other, both ways. */
function crossValidate(name: string, rows: Row[]): void {
  for (const f of [0, 1] as const) {
    const test = rows.filter((r) => fold(r.id) === f);
    const chosen = tune(rows.filter((r) => fold(r.id) !== f));
    compare(`${name} fold ${f + 1}/2, method "${chosen}" chosen on the other half`, test, withMethod(METHODS[chosen]!));
  }
  compare(`${name} all, shipped method (${JSON.stringify(DEFAULT_METHOD)})`, rows, withMethod(DEFAULT_METHOD));
}

function printWords(sets: { name: string; rows: Row[] }[]): void {
  for (const { name, rows } of sets) {
    for (const [label, system] of [['Nutshell', nutshell], ['Lead-3', lead(3)], ['Lead-3 of filtered candidates', filteredLead3]] as const) {
      const out = rows.map((r) => system(r));
      const words = mean(out.map((o) => o.join(' ').split(/\s+/).filter(Boolean).length));
      console.log(`${name} ${label}: ${mean(out.map((o) => o.length)).toFixed(2)} items, ${words.toFixed(0)} words`);
    }
  }
}

// Runs inside the page (bundled by esbuild, not transformed by tsx): `once` times the very first
// call on a fresh page (ICU segmenter data, regex compilation, cold JIT); `timeAll` then times each
// article's first call and the median of RUNS more.
const HARNESS = `
import { keySentences } from './src/core/takeaways/key-sentences';
import { splitSentences } from './src/core/text/sentences';
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
export function once(text: string) {
  const t0 = performance.now();
  keySentences(text, { lang: 'en' });
  return performance.now() - t0;
}
export function timeAll(articles: { text: string; title: string | null }[], runs: number) {
  const out = { nutshell: [] as number[], lead3: [] as number[], firstRun: [] as number[] };
  for (const a of articles) {
    let t0 = performance.now();
    keySentences(a.text, { lang: 'en' });
    out.firstRun.push(performance.now() - t0);
    const ks: number[] = [];
    const ls: number[] = [];
    for (let i = 0; i < runs; i++) {
      t0 = performance.now();
      keySentences(a.text, { lang: 'en' });
      ks.push(performance.now() - t0);
      t0 = performance.now();
      splitSentences(a.text, 'en').slice(0, 3).map((s) => s.text);
      ls.push(performance.now() - t0);
    }
    out.nutshell.push(median(ks));
    out.lead3.push(median(ls));
  }
  return out;
}
`;

async function bundle(): Promise<string> {
  const result = await build({
    stdin: { contents: HARNESS, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    format: 'iife',
    globalName: 'NutshellBench',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

interface Timings {
  nutshell: number[];
  lead3: number[];
  firstRun: number[];
}

async function timeInChromium(rows: Row[]): Promise<void> {
  const longest = [...rows].sort((a, b) => b.article.length - a.article.length).slice(0, 20);
  const code = await bundle();
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><meta charset="utf-8"><title>bench</title>');
    await page.addScriptTag({ content: code });
    const inputs = longest.map((r) => ({ text: r.article, title: r.title ?? null }));
    const cold = (await page.evaluate(`NutshellBench.once(${JSON.stringify(longest[0]?.article ?? '')})`)) as number;
    // A string expression, so nothing of tsx's transform leaks into the page.
    const result = (await page.evaluate(`NutshellBench.timeAll(${JSON.stringify(inputs)}, 30)`)) as Timings;
    const chars = longest.map((r) => r.article.length);
    console.log(`\nSpeed in headless Chromium (${await browser.version()}), ${longest.length} longest articles (${Math.min(...chars)}–${Math.max(...chars)} chars), median of 30 runs each:`);
    console.log('| system | median ms/article | p95 ms/article | max ms/article |');
    console.log('| --- | ---: | ---: | ---: |');
    const line = (label: string, xs: number[]): void =>
      console.log(`| ${label} | ${quantile(xs, 0.5).toFixed(2)} | ${quantile(xs, 0.95).toFixed(2)} | ${Math.max(...xs).toFixed(2)} |`);
    line('Nutshell keySentences', result.nutshell);
    line('Lead-3 (same splitter)', result.lead3);
    line('Nutshell, first call per article (warm page)', result.firstRun);
    console.log(`One-time cold start, first call on a fresh page (longest article): ${cold.toFixed(1)} ms`);
  } finally {
    await browser.close();
  }
}

const args = process.argv.slice(2);
const fromEnv = (process.env.NUTSHELL_TAKEAWAYS_SETS ?? '').split(',').filter(Boolean);
const paths = args.length ? args : fromEnv.length ? fromEnv : DEFAULT_SETS;
const sets = paths.map((p) => ({ name: basename(p, '.jsonl'), rows: load(resolve(p)) }));
// Dev sets are cross-validated; given files are scored with the shipped method, nothing tuned.
for (const { name, rows } of sets) {
  if (args.length || fromEnv.length) compare(`${name}, shipped method, not tuned`, rows, nutshell);
  else crossValidate(name, rows);
}
printWords(sets);
if (process.env.NUTSHELL_BENCH_NO_BROWSER) process.exit(0);
await timeInChromium(sets.flatMap((s) => s.rows));
