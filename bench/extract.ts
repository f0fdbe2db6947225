// `npm run bench:extract`: what Nutshell's pipeline costs on real pages, side by side with raw
// Readability (clone + parse), in the same page of headless Chromium, on every page of
// ../shared/corpus/readability-test-pages. The pipeline is the shipped extractor's entry
// (src/content/extract.ts: gate, the author's box, Readability, cleaning, text, key sentences),
// bundled exactly as the build does (English stop words inside, others from their own file).
// Each page is loaded fresh: the first call is the cold start, then RUNS warm calls of each.
// Prints figures; never fails on a time.
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { chromium } from 'playwright-core';
import * as stopword from 'stopword';
import { stopwordKey } from '../src/core/text/stopword-key';
import { CORPUS } from '../tests/helpers/corpus';
import { CHROMIUM_ARGS, median, quantile } from './stats';
import { ProfileSummary, type CpuProfile } from './profile-summary';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.RUNS ?? 5);
// PROFILE=1: also a CPU profile of the warm pipeline calls, summed by function (names kept);
// TOP=n: how many functions it lists (20).
const PROFILE = process.env.PROFILE === '1';

// The same substitution as vite.config.ts: the extractor ships English stop words only.
const browserStopwords: Plugin = {
  name: 'stopword-source',
  setup(b) {
    b.onResolve({ filter: /^\.\/stopword-source$/ }, () => ({ path: join(ROOT, 'src/content/stopword-source.ts') }));
  },
};
const bundle = async (contents: string, plugins: Plugin[] = []) =>
  (await build({ stdin: { contents, resolveDir: ROOT, loader: 'ts' }, bundle: true, write: false, format: 'iife', target: 'es2022', minify: !PROFILE, plugins })).outputFiles[0]!.text;
const extractor = await bundle(`import './src/content/extract.ts';`, [browserStopwords]);
const raw = await bundle(`import { Readability } from '@mozilla/readability';
globalThis.__raw = () => { const t = performance.now(); new Readability(document.cloneNode(true)).parse(); return performance.now() - t; };`);
// What content/stopwords/<key>.js registers (scripts/vite-plugins.ts), injected before the call
// as the extension page does.
const stopwordScript = (key: string) => `(globalThis.__nutshellStopwords??={})[${JSON.stringify(key)}]=${JSON.stringify((stopword as unknown as Record<string, string[]>)[key])};`;

// PAGES=a,b: only those corpus pages (to profile one page).
const only = process.env.PAGES?.split(',');
const slugs = readdirSync(CORPUS).sort().filter((s) => !only || only.includes(s));
const load0 = loadavg();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
const context = await browser.newContext({ javaScriptEnabled: false });
const page = await context.newPage();
const profiler = PROFILE ? await context.newCDPSession(page) : null;
const summary = new ProfileSummary();
if (profiler) {
  await profiler.send('Profiler.enable');
  await profiler.send('Profiler.setSamplingInterval', { interval: 100 }); // µs
}
const rows: { slug: string; raw: number; ours: number; cold: number; ratio: number; elements: number; cvRaw: number; cvOurs: number }[] = [];
const cv = (xs: number[]) => (quantile(xs, 0.75) - quantile(xs, 0.25)) / median(xs);
for (const slug of slugs) {
  const html = readFileSync(join(CORPUS, slug, 'source.html'), 'utf8');
  const url = `http://127.0.0.1/${slug}/`;
  await page.route('**/*', (route) => (route.request().url() === url ? route.fulfill({ body: html, contentType: 'text/html' }) : route.abort()));
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const lang = await page.evaluate(() => document.documentElement.getAttribute('lang'));
  const key = stopwordKey(lang);
  if (key && key !== 'eng' && (stopword as unknown as Record<string, unknown>)[key]) await page.evaluate(stopwordScript(key));
  await page.evaluate(extractor);
  // Timed in the page itself (no IPC in the measurement). Strings, not functions: tsx would wrap
  // functions with a helper the page does not have.
  const cold = (await page.evaluate(`(() => { const t = performance.now(); __nutshellExtract(true); return performance.now() - t; })()`)) as number;
  await page.evaluate(raw);
  const warm = (await page.evaluate(`(() => {
    __raw(); // raw Readability's own first (cold) run, untimed: the pipeline had its cold run above
    const raw = [], ours = [];
    for (let i = 0; i < ${RUNS}; i++) {
      raw.push(__raw());
      const t = performance.now(); __nutshellExtract(true); ours.push(performance.now() - t);
    }
    return { raw, ours, elements: document.getElementsByTagName('*').length };
  })()`)) as { raw: number[]; ours: number[]; elements: number };
  const ours = median(warm.ours);
  const rawMs = median(warm.raw);
  rows.push({ slug, raw: rawMs, ours, cold, ratio: ours / rawMs, elements: warm.elements, cvRaw: cv(warm.raw), cvOurs: cv(warm.ours) });
  if (profiler) {
    await profiler.send('Profiler.start');
    await page.evaluate(`for (let i = 0; i < ${RUNS}; i++) __nutshellExtract(true)`);
    summary.add(((await profiler.send('Profiler.stop')) as { profile: CpuProfile }).profile, RUNS);
  }
  await page.unroute('**/*');
}
await browser.close();
const load1 = loadavg();

const col = (pick: (r: (typeof rows)[number]) => number) => rows.map(pick);
const fmt = (xs: number[], unit = ' ms') => `median ${median(xs).toFixed(2)}${unit} · p95 ${quantile(xs, 0.95).toFixed(2)}${unit} · max ${Math.max(...xs).toFixed(1)}${unit}`;
console.log(`Extraction in headless Chromium, ${rows.length} corpus pages, each loaded fresh: 1 cold call, then median of ${RUNS} warm runs`);
console.log(`machine load average (1 min) ${load0[0]!.toFixed(1)} at start, ${load1[0]!.toFixed(1)} at end, on ${cpus().length} cores`);
console.log(`noise: per-page interquartile range / median, median over pages: raw ${(median(col((r) => r.cvRaw)) * 100).toFixed(0)}%, pipeline ${(median(col((r) => r.cvOurs)) * 100).toFixed(0)}%`);
console.log(`  raw Readability (clone + parse)   ${fmt(col((r) => r.raw))}`);
console.log(`  Nutshell pipeline (warm)          ${fmt(col((r) => r.ours))}`);
console.log(`  Nutshell pipeline (cold, 1st call) ${fmt(col((r) => r.cold))}`);
console.log(`  pipeline minus raw                ${fmt(rows.map((r) => r.ours - r.raw))}`);
const byRatio = [...rows].sort((a, b) => b.ratio - a.ratio);
console.log('outliers (highest ratio pipeline/readability):');
for (const r of byRatio.slice(0, 6)) console.log(`  ${r.slug}: pipeline ${r.ours.toFixed(1)} ms, raw ${r.raw.toFixed(1)} ms, ratio ${r.ratio.toFixed(2)}, cold ${r.cold.toFixed(1)} ms, ${r.elements} elements`);
console.log('outliers (slowest pipeline):');
for (const r of [...rows].sort((a, b) => b.ours - a.ours).slice(0, 4)) console.log(`  ${r.slug}: pipeline ${r.ours.toFixed(1)} ms, raw ${r.raw.toFixed(1)} ms, ratio ${r.ratio.toFixed(2)}, ${r.elements} elements`);
console.log(`cold start +${median(rows.map((r) => r.cold - r.ours)).toFixed(1)} ms (first minus warm, median over pages)`);
if (PROFILE) for (const line of summary.lines(Number(process.env.TOP ?? 20))) console.log(line);
const ratios = col((r) => r.ratio);
console.log(`median ratio pipeline/readability ${median(ratios).toFixed(2)}, p95 ratio ${quantile(ratios, 0.95).toFixed(2)}`);

