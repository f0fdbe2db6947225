// `npm run bench:boxes -- [DIR] [--seed N] [--verbose]`: the author's box against hand-annotated
// pages laid out like ../shared/corpus/boxes/ (DIR/expected.json + DIR/pages/*.html).
// Each page goes through the extension's extraction path (linkedom, the page's URL, the readerable
// gate as in the popup). A box is `takeaways.source === 'page'`; its items are compared with the
// expected ones as the held-out check does: case, whitespace and curly quotes folded.
//   exact  = a box with the same number of items, each equal;
//   wrong  = a box with other items;       missed = no box where one is expected;
//   false  = a box on a trap.
// Pages are split by host (seeded) into a tuning half and a held-out half; both are printed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePage } from '../src/cli/extract';
import { extractArticle } from '../src/core/extract-article';

interface Expected {
  page: string;
  kind: 'list' | 'paragraph' | 'trap';
  items: string[];
  paragraph: string | null;
  url: string;
}

export type Verdict = 'exact' | 'wrong' | 'missed' | 'false' | 'clean';

/** As the held-out check compares: lower case, one space, straight quotes. */
export function fold(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/[\u201c\u201d]/g, '"').replace(/\s+/g, ' ').trim();
}

export function verdict(expected: Expected, box: string[] | null): Verdict {
  const want = expected.kind === 'paragraph' ? [expected.paragraph ?? ''] : expected.items;
  if (expected.kind === 'trap') return box ? 'false' : 'clean';
  if (!box) return 'missed';
  const same = box.length === want.length && box.every((item, i) => fold(item) === fold(want[i] ?? ''));
  return same ? 'exact' : 'wrong';
}

/** FNV-1a of seed and host: which half a site falls in, the same on every run with that seed. */
export function half(host: string, seed: number): 'tune' | 'held-out' {
  let h = 0x811c9dc5;
  for (const ch of `${seed}:${host}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  // FNV's lowest bit is only the parity of the characters' lowest bits (the multiplier is odd),
  // so odd seeds all gave one split: mix the high bits down before taking the half.
  h ^= h >>> 16;
  h = Math.imul(h, 0x45d9f3b) >>> 0;
  h ^= h >>> 16;
  return h % 2 === 0 ? 'tune' : 'held-out';
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

function boxOf(file: string, url: string): string[] | null {
  try {
    const result = extractArticle(parsePage(readFileSync(file), url), { url });
    return result.ok && result.article.takeaways.source === 'page' ? result.article.takeaways.items : null;
  } catch {
    return null;
  }
}

interface Tally {
  exact: number;
  wrong: number;
  missed: number;
  false: number;
  boxes: number;
  traps: number;
}

function line(name: string, t: Tally): string {
  return `${name}: exact ${t.exact}/${t.boxes}, wrong ${t.wrong}, missed ${t.missed}, false ${t.false}/${t.traps} traps`;
}

function main(argv: string[]): void {
  let dir = join(import.meta.dirname, '../../shared/corpus/boxes');
  let seed = 12;
  let verbose = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--seed') seed = Number(argv[++i]);
    else if (arg === '--verbose') verbose = true;
    else dir = arg;
  }
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected[];
  const tallies = new Map<string, Tally>();
  const tally = (name: string): Tally => {
    let t = tallies.get(name);
    if (!t) tallies.set(name, (t = { exact: 0, wrong: 0, missed: 0, false: 0, boxes: 0, traps: 0 }));
    return t;
  };
  // stdout is for the figures: library chatter (Readability, linkedom) goes to stderr.
  const log = console.log;
  console.log = console.info = console.warn = (...data: unknown[]) => console.error(...data);
  const rows: string[] = [];
  for (const e of expected) {
    const box = boxOf(join(dir, e.page), e.url);
    const v = verdict(e, box);
    for (const name of [half(hostOf(e.url), seed), 'all']) {
      const t = tally(name);
      if (e.kind === 'trap') t.traps++;
      else t.boxes++;
      if (v !== 'clean') t[v]++;
    }
    if (verbose && v !== 'exact' && v !== 'clean') {
      rows.push(`${v.padEnd(6)} ${half(hostOf(e.url), seed).padEnd(8)} ${e.kind.padEnd(9)} ${e.page}${box ? `\n         got: ${JSON.stringify(box).slice(0, 300)}` : ''}`);
    }
  }
  console.log = log;
  for (const row of rows) console.log(row);
  console.log(`${expected.length} pages in ${dir}, split by host with seed ${seed}`);
  for (const name of ['tune', 'held-out', 'all']) console.log(line(name, tally(name)));
}

main(process.argv.slice(2));
