// What each built extension ships, raw and gzip, and the budgets it must stay within (issue 13).
// Used by scripts/build.mjs (prints the report) and tests/build/bundle-size.test.ts (enforces it).
// Sizes are deterministic for a given source, so a budget is a fair test.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

// kB gzip (1 kB = 1,000 bytes). Issue 13's goals. The background meets its goal since it stopped
// carrying DOMPurify (8.2 kB). Popup and reader are 43.7 (the storage module, DOMPurify, the
// reading settings, read aloud's first part, i18n, no-remote placeholders; contents, keys, the settings panel, the next-page control
// and the speech player load after first paint) and are held at 44 so nothing grows unseen; the
// gap to 35 is open work.
export const GOALS = { extractor: 30, popup: 35, reader: 35, library: 40, background: 10 };
export const BUDGETS = { extractor: 30, popup: 44, reader: 44, library: 40, background: 10 };

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

function walk(dir, root = dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path, root) : [relative(root, path).split('\\').join('/')];
  });
}

/** Every file the extension ships: path, raw bytes, gzip bytes. */
export function shippedFiles(dist) {
  return walk(dist).sort().map((path) => {
    const buf = readFileSync(join(dist, path));
    return { path, raw: buf.length, gzip: gz(buf) };
  });
}

const STATIC_IMPORT = /(?:^|[;}\s])import\s*(?:[\w$*{},\s]+?\s*from\s*)?["']([^"']+\.js)["']/g;
const DYNAMIC_IMPORT = /import\(\s*["']([^"']+\.js)["']\s*\)/g;
const resolveFrom = (from, spec) => posix.normalize(spec.startsWith('/') ? spec.slice(1) : posix.join(posix.dirname(from), spec));

/**
 * The JS a page loads at once: the scripts and modulepreloads its HTML names, and every module
 * they import statically. Chunks reached only through import() are listed apart (on demand).
 */
export function pageScripts(dist, html) {
  const text = readFileSync(join(dist, html), 'utf8');
  const named = [...text.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((m) => resolveFrom(html, m[1]));
  const eager = new Set();
  const lazy = new Set();
  const queue = [...named];
  while (queue.length) {
    const file = queue.shift();
    if (eager.has(file)) continue;
    eager.add(file);
    const code = readFileSync(join(dist, file), 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) queue.push(resolveFrom(file, m[1]));
    for (const m of code.matchAll(DYNAMIC_IMPORT)) lazy.add(resolveFrom(file, m[1]));
  }
  for (const f of eager) lazy.delete(f);
  return { eager: [...eager], lazy: [...lazy] };
}

/** The budgeted groups of one build: name, files, gzip total, budget; null where a page is not built. */
export function bundleGroups(dist) {
  const sizes = new Map(shippedFiles(dist).map((f) => [f.path, f]));
  const total = (files) => files.reduce((sum, f) => sum + (sizes.get(f)?.gzip ?? 0), 0);
  const group = (name, files, lazy = []) => ({ name, files, lazy, gzip: total(files), lazyGzip: total(lazy), budget: BUDGETS[name] * 1000 });
  const page = (name) => {
    if (!existsSync(join(dist, `${name}.html`))) return null;
    const { eager, lazy } = pageScripts(dist, `${name}.html`);
    return group(name, eager, lazy);
  };
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const bg = manifest.background?.service_worker ? [manifest.background.service_worker] : (manifest.background?.scripts ?? []);
  const background = bg.flatMap((f) => pageScriptsOfModule(dist, f));
  return [group('extractor', ['content/extract.js']), page('popup'), page('reader'), page('library'), group('background', background)];
}

function pageScriptsOfModule(dist, file) {
  const seen = new Set();
  const queue = [file];
  while (queue.length) {
    const f = queue.shift();
    if (seen.has(f)) continue;
    seen.add(f);
    for (const m of readFileSync(join(dist, f), 'utf8').matchAll(STATIC_IMPORT)) queue.push(resolveFrom(f, m[1]));
  }
  return [...seen];
}

const kB = (n) => `${(n / 1000).toFixed(1)} kB`;

/** The printed report: every shipped file, then each budgeted group against its budget. */
export function formatReport(dist) {
  const files = shippedFiles(dist);
  const lines = [`bundle report for ${dist} (gzip -9; 1 kB = 1,000 bytes)`];
  const words = files.filter((f) => f.path.startsWith('content/stopwords/'));
  for (const f of files) if (!words.includes(f)) lines.push(`  ${f.path.padEnd(34)} ${kB(f.raw).padStart(9)} raw ${kB(f.gzip).padStart(9)} gzip`);
  if (words.length) {
    const sum = (k) => words.reduce((s, f) => s + f[k], 0);
    const largest = words.reduce((a, b) => (b.gzip > a.gzip ? b : a));
    lines.push(`  content/stopwords/*.js (${words.length} files, one injected only into a page in that language; largest ${largest.path.slice(18)} ${kB(largest.gzip)} gzip)`);
    lines.push(`  ${'  all stop-word files'.padEnd(34)} ${kB(sum('raw')).padStart(9)} raw ${kB(sum('gzip')).padStart(9)} gzip`);
  }
  for (const g of bundleGroups(dist)) {
    if (!g) continue;
    const state = g.gzip <= g.budget ? 'ok' : 'OVER BUDGET';
    const lazy = g.lazy.length ? `; on demand: ${g.lazy.join(', ')} ${kB(g.lazyGzip)}` : '';
    lines.push(`  ${g.name}: ${kB(g.gzip)} gzip of ${kB(g.budget)} budget, ${state} (${g.files.join(' + ')}${lazy})`);
  }
  return lines.join('\n');
}
