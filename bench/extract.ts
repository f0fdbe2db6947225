// `npm run bench:extract`: what Nutshell's in-page extraction costs on real pages, side by side
// with raw Readability (clone + parse), measured in headless Chromium on every page of
// ../shared/corpus/readability-test-pages. Prints figures; never fails on a time.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, median, quantile } from './stats';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
import { CORPUS } from '../tests/helpers/corpus';
const RUNS = 5;

// The browser side: both contenders, timed in the page itself (no IPC in the measurement).
const entry = `
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { extractArticle } from './src/core/extract-article';
const time = (fn) => { const t = performance.now(); fn(); return performance.now() - t; };
globalThis.__bench = (runs) => {
  const raw = [], ours = [], gate = [];
  for (let i = 0; i < runs; i++) {
    raw.push(time(() => new Readability(document.cloneNode(true)).parse()));
    gate.push(time(() => isProbablyReaderable(document)));
    ours.push(time(() => extractArticle(document, { url: location.href, force: true })));
  }
  return { raw, ours, gate, elements: document.getElementsByTagName('*').length };
};`;

const bundle = await build({ stdin: { contents: entry, resolveDir: ROOT, loader: 'ts' }, bundle: true, write: false, format: 'iife', target: 'es2022' });
const code = bundle.outputFiles[0]!.text;

const slugs = readdirSync(CORPUS).sort();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
const context = await browser.newContext({ javaScriptEnabled: false });
const page = await context.newPage();
const rows: { slug: string; raw: number; ours: number; gate: number; elements: number }[] = [];
for (const slug of slugs) {
  const html = readFileSync(join(CORPUS, slug, 'source.html'), 'utf8');
  const url = `http://127.0.0.1/${slug}/`;
  await page.route('**/*', (route) => (route.request().url() === url ? route.fulfill({ body: html, contentType: 'text/html' }) : route.abort()));
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.evaluate(code);
  const r = await page.evaluate((runs) => (globalThis as unknown as { __bench: (n: number) => { raw: number[]; ours: number[]; gate: number[]; elements: number } }).__bench(runs), RUNS);
  rows.push({ slug, raw: median(r.raw), ours: median(r.ours), gate: median(r.gate), elements: r.elements });
  await page.unroute('**/*');
}
await browser.close();

const col = (pick: (r: (typeof rows)[number]) => number) => rows.map(pick);
const fmt = (xs: number[]) => `median ${median(xs).toFixed(2)} ms · p95 ${quantile(xs, 0.95).toFixed(2)} ms · max ${Math.max(...xs).toFixed(1)} ms`;
console.log(`Extraction in headless Chromium, ${rows.length} corpus pages, median of ${RUNS} runs per page`);
console.log(`  raw Readability (clone + parse)        ${fmt(col((r) => r.raw))}`);
console.log(`  isProbablyReaderable                   ${fmt(col((r) => r.gate))}`);
console.log(`  Nutshell extractArticle (box + parse + text + takeaways) ${fmt(col((r) => r.ours))}`);
const overhead = rows.map((r) => r.ours - r.raw);
console.log(`  Nutshell overhead over raw Readability  ${fmt(overhead)}`);
const worst = [...rows].sort((a, b) => b.ours - a.ours).slice(0, 5);
console.log(`  slowest pages: ${worst.map((r) => `${r.slug} ${r.ours.toFixed(1)} ms (raw ${r.raw.toFixed(1)}, ${r.elements} elements)`).join('; ')}`);
