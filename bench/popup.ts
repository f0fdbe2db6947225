// `npm run bench:popup`: what a reader waits for. Time from opening popup.html?tabId=N (the page
// the toolbar button opens) to the rendered article (main[data-state=ready]), in headless Chromium
// with the test build, on real corpus pages served from 127.0.0.1. "First" is the first open on a
// freshly loaded page (the extractor is injected and its segmenters built for the first time);
// "again" is each later open of the same page. Prints figures; never fails on a time.
import { launchWithExtension, POPUP_VIEWPORT } from '../tests/e2e/lib/chromium';
import { startServer } from '../tests/e2e/lib/server';
import { CORPUS } from '../tests/helpers/corpus';
import { median, quantile } from './stats';

const SLUGS = ['nytimes-1', 'guardian-1', 'bbc-1', 'wapo-1', 'medium-1', 'firefox-nightly-blog', 'lemonde-1', 'rtl-1', 'cnn', 'wikipedia-2'];
const AGAIN = 5;

const server = await startServer({}, CORPUS);
const browser = await launchWithExtension();
const first: number[] = [];
const again: number[] = [];
const phases = { load: [] as number[], extract: [] as number[], render: [] as number[] };
const rows: string[] = [];
try {
  for (const slug of SLUGS) {
    const { page: tab, tabId } = await browser.openTab(server.corpusUrl(slug));
    const times: number[] = [];
    for (let run = 0; run <= AGAIN; run++) {
      const popup = await browser.context.newPage();
      await popup.setViewportSize(POPUP_VIEWPORT);
      const started = performance.now();
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
      await popup.locator('main[data-state="ready"]').waitFor({ timeout: 30_000 });
      times.push(performance.now() - started);
      // The page's own marks (src/features/article/use-article.ts), relative to its navigation start.
      const marks = (await popup.evaluate(() =>
        Object.fromEntries([...performance.getEntriesByType('mark'), ...performance.getEntriesByType('navigation')].map((e) => [e.name, e.startTime + (e.entryType === 'navigation' ? (e as PerformanceNavigationTiming).domContentLoadedEventEnd : 0)])),
      )) as Record<string, number>;
      const loaded = marks['nutshell:extract-start']!;
      phases.load.push(loaded);
      phases.extract.push(marks['nutshell:extract-end']! - loaded);
      phases.render.push(marks['nutshell:rendered']! - marks['nutshell:extract-end']!);
      await popup.close();
    }
    const [cold, ...warm] = times;
    first.push(cold!);
    again.push(...warm);
    rows.push(`| ${slug} | ${cold!.toFixed(0)} | ${median(warm).toFixed(0)} |`);
    await tab.close();
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(`Popup open → article shown, headless Chromium, test build, ${SLUGS.length} corpus pages`);
console.log('| page | first open (ms) | median of next 5 (ms) |\n| --- | ---: | ---: |');
console.log(rows.join('\n'));
const fmt = (xs: number[]) => `median ${median(xs).toFixed(0)} ms · p95 ${quantile(xs, 0.95).toFixed(0)} ms · max ${Math.max(...xs).toFixed(0)} ms`;
console.log(`first open:  ${fmt(first)}\nlater opens: ${fmt(again)}`);
console.log('where the time goes, over all opens (from the popup page\'s own performance marks):');
console.log(`  popup page loaded, request sent: ${fmt(phases.load)}`);
console.log(`  extraction (message → background → inject → extract → reply): ${fmt(phases.extract)}`);
console.log(`  sanitise + render: ${fmt(phases.render)}`);
