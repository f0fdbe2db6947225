// `npm run bench:takeaways [-- FILE.jsonl ...]`: local key sentences against Lead-3.
//
// Quality: ROUGE-1/2/L/Lsum F1 (rouge-score semantics, Porter stemming; see bench/rouge.ts) of
// Nutshell's keySentences and of Lead-3 (the first three sentences from the SAME splitter) against
// each set's reference highlights. Default sets: the two dev files in ../shared/corpus/takeaways;
// pass other files with the same format as arguments, or in NUTSHELL_TAKEAWAYS_SETS (comma-separated).
//
// Speed: the takeaways step is bundled for the browser with esbuild and timed in headless Chromium
// on the 20 longest articles. Figures are printed; nothing here fails on a time.
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { isTakeawayCandidate, keySentences } from '../src/core/takeaways/key-sentences';
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

function scoreSet(rows: Row[], system: System): RougeScores & { items: number; words: number } {
  const all: RougeScores[] = [];
  let items = 0;
  let wordCount = 0;
  for (const row of rows) {
    const out = system(row);
    items += out.length;
    wordCount += out.join(' ').split(/\s+/).filter(Boolean).length;
    all.push(rouge(row.highlights.join('\n'), out.join('\n')));
  }
  return {
    rouge1: mean(all.map((s) => s.rouge1)),
    rouge2: mean(all.map((s) => s.rouge2)),
    rougeL: mean(all.map((s) => s.rougeL)),
    rougeLsum: mean(all.map((s) => s.rougeLsum)),
    items: items / rows.length,
    words: wordCount / rows.length,
  };
}

const pct = (x: number): string => (x * 100).toFixed(2).padStart(6);

function printQuality(sets: { name: string; rows: Row[] }[]): void {
  console.log('| set | system | R-1 | R-2 | R-L | R-Lsum | items | words |');
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const { name, rows } of sets) {
    const systems: [string, System][] = [
      ['Nutshell', nutshell],
      ['Lead-3', lead(3)],
      ['Lead-3 of filtered candidates', filteredLead3],
    ];
    for (const [label, system] of systems) {
      const s = scoreSet(rows, system);
      console.log(
        `| ${name} (${rows.length}) | ${label} | ${pct(s.rouge1)} | ${pct(s.rouge2)} | ${pct(s.rougeL)} | ${pct(s.rougeLsum)} | ${s.items.toFixed(2)} | ${s.words.toFixed(0)} |`,
      );
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
printQuality(sets);
if (process.env.NUTSHELL_BENCH_NO_BROWSER) process.exit(0);
await timeInChromium(sets.flatMap((s) => s.rows));
