// `npm run bench:quality -- [WCXB_DIR] [--scrapinghub DIR] [--readability DIR] [--only SYSTEM,…]
//   [--rules RULE=on|off,…] [--sample N] [--types TYPE,…] [--workers N]`
// Main-content quality of raw Readability, Nutshell (as `nutshell extract` runs) and Defuddle on
// a WCXB-shaped folder (default ../shared/corpus/wcxb-dev), scored with WCXB's word F1 per page
// type, for two halves split by host (seeded) and for all pages; then refusals and failures by
// kind. Nutshell's default is its forced result unless the not-an-article rule refuses it; the
// old readerable gate (--strict) is counted beside it. Each page runs in a child process (pool.ts).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { notAnArticle } from '../src/core/extract/article-check';
import { half, loadScrapinghub, loadWcxb, type Page } from './quality/data';
import { runPool } from './quality/pool';
import { corpusShingleScore, shingleCounts } from './quality/shingle-metric';
import { SYSTEMS, type PageResult, type SystemName } from './quality/systems';
import { HEADER, row, score, type Scored } from './quality/table';

const SHARED = resolve(import.meta.dirname, '../../shared/corpus');
const CACHE = resolve(import.meta.dirname, '../out/quality-cache');

const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  args.splice(i, 2);
  return value;
};
const scrapinghub = option('--scrapinghub');
const readabilityDir = option('--readability') ?? join(SHARED, 'readability-test-pages');
const only = option('--only')?.split(',') as SystemName[] | undefined;
const workers = Number(option('--workers') ?? 2);
// `--sample N`: about N pages, every k-th by id (the same pages each run), for tuning on a shared
// machine; `--types forum,article`: only those page types. Report figures come from a full run.
const sample = option('--sample');
const typesOnly = option('--types')?.split(',');
// `--rules posts=off,…`: Nutshell with some rules beyond Readability switched off (workers read it).
const rules = option('--rules');
if (rules !== undefined) process.env.NUTSHELL_RULES = rules;
const wcxbDir = args[0] ?? join(SHARED, 'wcxb-dev');
const systems = only ?? SYSTEMS;

// Every system reads pages through the command line's parsePage (src/cli/): its source is part of
// the cache key, so a change to how pages are read reruns the baselines on the same input.
const PARSING = createHash('sha1').update(['extract.ts', 'streamed.ts'].map((f) => readFileSync(resolve(import.meta.dirname, '../src/cli', f), 'utf8')).join('')).digest('hex').slice(0, 8);

/** Raw Readability and Defuddle do not change between runs: their results are cached in out/. */
async function run(system: SystemName, pages: Page[], label: string): Promise<Map<string, PageResult>> {
  const key = `${system}-${label}-${PARSING}-${pages.length}.json`;
  const cached = system !== 'nutshell' && existsSync(join(CACHE, key))
    ? new Map(Object.entries(JSON.parse(readFileSync(join(CACHE, key), 'utf8')) as Record<string, PageResult>)) : null;
  if (cached && pages.every((p) => cached.has(p.id))) return cached;
  const started = Date.now();
  const results = await runPool(system, pages, workers, (done) => {
    if (done % 100 === 0) process.stderr.write(`${system}: ${done}/${pages.length} (${Math.round((Date.now() - started) / 1000)} s)\n`);
  });
  // Nutshell's last run is written too (never read back), for looking at pages one by one.
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(join(CACHE, system === 'nutshell' ? `last-${key}` : key), JSON.stringify(Object.fromEntries(results)));
  return results;
}

/** Nutshell by default: the forced result, refused when the not-an-article rule says so. */
function byDefault(result: PageResult): PageResult {
  if (result.shape && notAnArticle(result.shape)) return { ...result, text: '', kind: 'not-readerable' };
  return result;
}

function table(pages: Page[], results: Map<SystemName, Map<string, PageResult>>): void {
  const types = [...new Set(pages.map((p) => p.type))].sort();
  for (const label of ['A', 'B', 'all'] as const) {
    const part = label === 'all' ? pages : pages.filter((p) => half(p.host) === label);
    const hosts = new Set(part.map((p) => p.host)).size;
    console.log(`\n## ${label === 'all' ? 'all pages' : `half ${label}`} (${part.length} pages, ${hosts} hosts)\n`);
    console.log(HEADER);
    for (const type of [...types, 'ALL']) {
      const ofType = type === 'ALL' ? part : part.filter((p) => p.type === type);
      if (!ofType.length) continue;
      for (const [system, byId] of results) {
        console.log(row(type, system, scored(ofType, byId)));
      }
    }
  }
}

function scored(pages: Page[], byId: Map<string, PageResult>): Scored[] {
  return pages.map((page) => score(page, byId.get(page.id) ?? { id: page.id, text: '', kind: 'missing', ms: 0 }));
}

function refusals(pages: Page[], results: Map<SystemName, Map<string, PageResult>>, forced?: Map<string, PageResult>): void {
  const types = [...new Set(pages.map((p) => p.type))].sort();
  console.log('\n## Pages without text, by kind (per page type)\n');
  for (const [system, byId] of results) {
    const kinds = new Map<string, Map<string, number>>();
    for (const page of pages) {
      const kind = byId.get(page.id)?.kind;
      if (!kind) continue;
      const perType = kinds.get(kind) ?? new Map<string, number>();
      perType.set(page.type, (perType.get(page.type) ?? 0) + 1);
      kinds.set(kind, perType);
    }
    const parts = [...kinds].map(([kind, perType]) => `${kind} ${sum(perType)} (${types.filter((t) => perType.get(t)).map((t) => `${t} ${perType.get(t)}`).join(', ')})`);
    console.log(`${system.padEnd(12)} ${parts.join('; ') || 'none'}`);
  }
  if (!forced) return;
  const gate = new Map<string, number>();
  for (const page of pages) if (forced.get(page.id)?.readerable === false) gate.set(page.type, (gate.get(page.type) ?? 0) + 1);
  console.log(`${'old gate'.padEnd(12)} --strict would refuse ${sum(gate)} (${types.filter((t) => gate.get(t)).map((t) => `${t} ${gate.get(t)}`).join(', ')})`);
}

function sum(counts: Map<string, number>): number {
  return [...counts.values()].reduce((a, b) => a + b, 0);
}

async function main(): Promise<void> {
  const all = loadWcxb(wcxbDir).filter((p) => !typesOnly || typesOnly.includes(p.type));
  const stride = sample ? Math.max(1, Math.ceil(all.length / Number(sample))) : 1;
  const pages = all.filter((_, i) => i % stride === 0);
  console.log(`# bench:quality — ${wcxbDir}: ${pages.length} pages${stride > 1 || typesOnly ? ` (sample: every ${stride}${typesOnly ? ` of ${typesOnly.join(', ')}` : ''})` : ''}; WCXB word F1 (means over pages)${rules ? `; rules: ${rules}` : ''}`);
  const results = new Map<SystemName, Map<string, PageResult>>();
  let forced: Map<string, PageResult> | undefined;
  for (const system of systems) {
    const byId = await run(system, pages, `wcxb-${statSync(wcxbDir).ino}`);
    if (system === 'nutshell') {
      forced = byId;
      results.set(system, new Map([...byId].map(([id, r]) => [id, byDefault(r)])));
    } else {
      results.set(system, byId);
    }
  }
  table(pages, results);
  refusals(pages, results, forced);
  if (systems.includes('nutshell') && existsSync(readabilityDir)) await readabilityCorpus();
  if (scrapinghub) await shingleBench(scrapinghub);
}

/** The not-an-article rule on Mozilla's test pages: every one has an expected article. */
async function readabilityCorpus(): Promise<void> {
  const { readdirSync } = await import('node:fs');
  const slugs = readdirSync(readabilityDir).filter((slug) => existsSync(join(readabilityDir, slug, 'source.html'))).sort();
  const pages = slugs.map((id) => ({ id, file: join(readabilityDir, id, 'source.html'), url: 'http://fakehost/test/page.html' }));
  const results = await runPool('nutshell', pages, workers);
  const refused = slugs.filter((id) => { const r = results.get(id); return !r?.shape || notAnArticle(r.shape); });
  const gated = slugs.filter((id) => results.get(id)?.readerable === false);
  console.log(`\n## Readability corpus (${slugs.length} pages, each with an expected article)\n`);
  console.log(`refused by the not-an-article rule: ${refused.length}${refused.length ? ` (${refused.join(', ')})` : ''}`);
  console.log(`refused by the old gate (--strict): ${gated.length}${gated.length ? ` (${gated.join(', ')})` : ''}`);
}

async function shingleBench(dir: string): Promise<void> {
  const pages = loadScrapinghub(dir);
  console.log(`\n## scrapinghub article-extraction-benchmark (${dir}: ${pages.length} articles), shingle F1\n`);
  console.log(`${'system'.padEnd(12)}  ${'F1'.padStart(5)}  ${'P'.padStart(5)}  ${'R'.padStart(5)}  refused`);
  for (const system of systems) {
    const byId = await run(system, pages, `scrapinghub-${statSync(dir).ino}`);
    const final = (id: string) => { const r = byId.get(id); return system === 'nutshell' && r ? byDefault(r) : r; };
    const docs = pages.map((page) => shingleCounts(final(page.id)?.text ?? '', page.reference));
    const { p, r, f1 } = corpusShingleScore(docs);
    const refused = pages.filter((page) => final(page.id)?.kind).length;
    console.log(`${system.padEnd(12)}  ${f1.toFixed(3)}  ${p.toFixed(3)}  ${r.toFixed(3)}  ${refused}`);
  }
}

await main();
