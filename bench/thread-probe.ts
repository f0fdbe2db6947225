// Tuning aid for the thread decision (issue 11): for every wcxb-dev page where the thread rule
// WOULD replace Readability's result, the page's thread features and the WCXB F1 of both results,
// as JSON lines, so a decision can be chosen and checked on both halves without re-extracting.
// `tsx bench/thread-probe.ts [WCXB_DIR] [--stride K] > out.jsonl`
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parsePage, readPage } from '../src/cli/extract';
import { beyondReadability } from '../src/core/extract/beyond-readability';
import { readWithFallbacks } from '../src/core/extract/read-with-fallbacks';
import { findPosts, threadOf } from '../src/core/extract/repeated-posts';
import { half, loadWcxb } from './quality/data';
import { wcxbScore } from './quality/wcxb-metric';

const args = process.argv.slice(2);
const strideAt = args.indexOf('--stride');
const stride = strideAt >= 0 ? Number(args.splice(strideAt, 2)[1]) : 1;
const readabilityAt = args.indexOf('--readability');
const readability = readabilityAt >= 0 ? args.splice(readabilityAt, 2)[1]! : null;
const dir = args[0] ?? resolve(import.meta.dirname, '../../shared/corpus/wcxb-dev');
// --readability DIR: Mozilla's test pages (each a news/blog article), scored against expected.html's text.
const pages = readability
  ? readdirSync(readability).filter((slug) => existsSync(join(readability, slug, 'source.html'))).sort().map((id) => ({
    id, file: join(readability, id, 'source.html'), url: 'http://fakehost/test/page.html', type: 'readability', host: id, reference: '' }))
  : loadWcxb(dir).filter((p, i) => i % stride === 0 && (!process.env.IDS || process.env.IDS.split(',').includes(p.id)));
let done = 0;
for (const page of pages) {
  done++;
  if (done % 100 === 0) process.stderr.write(`${done}/${pages.length}\n`);
  try {
    const doc = parsePage(readPage(page.file), page.url);
    const found = readWithFallbacks(doc, page.url, {});
    if (!found) continue;
    const posts = findPosts(found.source, found.text);
    if (!posts) { console.log(JSON.stringify({ id: page.id, type: page.type, half: half(page.host), fired: false })); continue; }
    const thread = beyondReadability(found.source, found, { posts: true, threadCheck: false });
    const before = wcxbScore(found.text, page.reference).f1;
    const after = wcxbScore(thread.text, page.reference).f1;
    console.log(JSON.stringify({ id: page.id, type: page.type, half: half(page.host), host: page.host, fired: true, before, after,
      ...threadOf(found.source, posts, found.text) }));
  } catch (error) {
    process.stderr.write(`${page.id}: ${String(error)}\n`);
  }
}
