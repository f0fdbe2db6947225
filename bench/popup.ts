// `npm run bench:popup`: what a reader waits for, on ≥ 20 corpus pages served from 127.0.0.1, in
// headless Chromium with the test build. The figure is the popup's own clock: from its navigation
// start to the first animation frame after the title, the takeaways with their items and the body
// are in the DOM (marks `nutshell:article-painted`, `nutshell:takeaways-painted`, set in
// src/features/article/ArticleView.tsx). "First" opens are on a freshly loaded page (the extractor
// is injected and its tables built for the first time): the page is reloaded FIRST times; "later"
// opens are AGAIN more opens of the last load. Prints figures; never fails on a time.
import { cpus, loadavg } from 'node:os';
import { launchWithExtension, POPUP_VIEWPORT } from '../tests/e2e/lib/chromium';
import { startServer } from '../tests/e2e/lib/server';
import { CORPUS } from '../tests/helpers/corpus';
import { median, quantile } from './stats';

const SLUGS = ['nytimes-1', 'guardian-1', 'bbc-1', 'wapo-1', 'medium-1', 'firefox-nightly-blog', 'lemonde-1', 'rtl-1', 'cnn',
  'wikipedia-2', 'ars-1', 'theverge', 'engadget', 'seattletimes-1', 'telegraph', 'yahoo-1', 'heise', 'folha', 'lwn-1', 'royal-road',
  'buzzfeed-1', 'salon-1'];
const FIRST = Number(process.env.FIRST ?? 5);
const AGAIN = Number(process.env.AGAIN ?? 5);

type Marks = Record<string, number>;
const server = await startServer({}, CORPUS);
const browser = await launchWithExtension();
const load0 = loadavg()[0]!;
const first: number[] = [];
const again: number[] = [];
const firstTakeaways: number[] = [];
const phases = { load: [] as number[], extract: [] as number[], render: [] as number[] };
const rows: string[] = [];
const open = async (tabId: number): Promise<Marks> => {
  const popup = await browser.context.newPage();
  await popup.setViewportSize(POPUP_VIEWPORT);
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  await popup.waitForFunction(() => performance.getEntriesByName('nutshell:article-painted').length > 0, undefined, { timeout: 60_000 });
  const marks = (await popup.evaluate(() => Object.fromEntries(performance.getEntriesByType('mark').map((e) => [e.name, e.startTime])))) as Marks;
  await popup.close();
  const start = marks['nutshell:extract-start']!;
  const end = marks['nutshell:extract-end']!;
  phases.load.push(start);
  phases.extract.push(end - start);
  phases.render.push(marks['nutshell:article-painted']! - end);
  return marks;
};
try {
  for (const slug of SLUGS) {
    const { page: tab, tabId } = await browser.openTab(server.corpusUrl(slug));
    const cold: number[] = [];
    for (let i = 0; i < FIRST; i++) {
      if (i > 0) await tab.reload({ waitUntil: 'load' });
      const marks = await open(tabId);
      cold.push(marks['nutshell:article-painted']!);
      if (marks['nutshell:takeaways-painted'] !== undefined) firstTakeaways.push(marks['nutshell:takeaways-painted']);
    }
    const warm: number[] = [];
    for (let i = 0; i < AGAIN; i++) warm.push((await open(tabId))['nutshell:article-painted']!);
    first.push(...cold);
    again.push(...warm);
    const spread = (xs: number[]) => `${median(xs).toFixed(0)} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
    rows.push(`| ${slug} | ${spread(cold)} | ${spread(warm)} |`);
    await tab.close();
  }
} finally {
  await browser.close();
  await server.close();
}

const fmt = (xs: number[]) => `median ${median(xs).toFixed(0)} ms · p95 ${quantile(xs, 0.95).toFixed(0)} ms · max ${Math.max(...xs).toFixed(0)} ms`;
console.log(`Popup navigation start → article painted, headless Chromium, test build, ${SLUGS.length} corpus pages, ${FIRST} first opens and ${AGAIN} later opens each`);
console.log(`machine load average (1 min) ${load0.toFixed(1)} at start, ${loadavg()[0]!.toFixed(1)} at end, on ${cpus().length} cores`);
console.log(`| page | first open, median (min–max) ms | later opens, median (min–max) ms |\n| --- | ---: | ---: |`);
console.log(rows.join('\n'));
console.log(`first open:  ${fmt(first)}\nlater opens: ${fmt(again)}\ntakeaways painted (first opens with items): ${fmt(firstTakeaways)}`);
console.log("where the time goes, over all opens (the popup page's own marks):");
console.log(`  popup page loaded, extraction starts: ${fmt(phases.load)}`);
console.log(`  extraction (inject + extract in the page + copy back): ${fmt(phases.extract)}`);
console.log(`  sanitise + render + first frame: ${fmt(phases.render)}`);
console.log(`article painted p50 ${median(first).toFixed(0)} ms, p95 ${quantile(first, 0.95).toFixed(0)} ms`);
