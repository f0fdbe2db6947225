// `npm run demo`: Nutshell on a realistic article, end to end in real Chromium.
// Serves scripts/demo/sample-article.html on 127.0.0.1, opens it in headless Chromium with the
// TEST build (dist/chrome-test), writes out/demo/popup.png and out/demo/reader.png, and prints
// what was extracted. Exits non-zero if anything fails.
//
// Why the test build and headless: the demo must run anywhere `npm run build:test` does (CI, a
// laptop without a display). The shipped build differs only by the 127.0.0.1 host permission,
// and tests/e2e/shortcut.e2e.ts already drives it with real key presses under Xvfb.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension, READER_VIEWPORT, type ExtensionBrowser } from '../tests/e2e/lib/chromium';
import { projectRoot, startServer, type TestServer } from '../tests/e2e/lib/server';
import { readArticle, type RenderedArticle } from '../tests/e2e/lib/ui';

const SAMPLE = resolve(projectRoot, 'scripts/demo/sample-article.html');
const OUT = resolve(projectRoot, 'out/demo');
const HANG_LIMIT_MS = 120_000; // only a guard against hangs; a normal run takes a few seconds

async function demo(): Promise<void> {
  let server: TestServer | undefined;
  let browser: ExtensionBrowser | undefined;
  try {
    server = await startServer({ '/sample-article.html': readFileSync(SAMPLE, 'utf8') });
    browser = await launchWithExtension();
    mkdirSync(OUT, { recursive: true });
    const url = `${server.origin}/sample-article.html`;
    console.log(`Serving the sample article at ${url}`);

    const { tabId } = await browser.openTab(url);
    const popup = await browser.openPopup(tabId);
    const inPopup = await readArticle(popup);
    await popup.screenshot({ path: resolve(OUT, 'popup.png') });

    const reader = await browser.openReader(tabId);
    await reader.setViewportSize(READER_VIEWPORT);
    const inReader = await readArticle(reader);
    await reader.screenshot({ path: resolve(OUT, 'reader.png') });

    report(inPopup);
    check(inPopup, inReader);
    console.log(`\nScreenshots: ${resolve(OUT, 'popup.png')}\n             ${resolve(OUT, 'reader.png')}`);
  } finally {
    await browser?.close();
    await server?.close();
  }
}

function report(article: RenderedArticle): void {
  console.log(`\nTitle:     ${article.title}`);
  console.log(`Byline:    ${article.byline ?? '(none)'}`);
  console.log(`Meta:      ${article.meta ?? '(none)'}`);
  console.log(`Body:      ${article.bodyText.trim().split(/\s+/).length} words`);
  console.log(`Takeaways (source: ${article.takeaways.source}):`);
  for (const item of article.takeaways.items) console.log(`  • ${item}`);
}

/** The sample has an author's "Key takeaways" box: anything else is a regression worth failing on. */
function check(popup: RenderedArticle, reader: RenderedArticle): void {
  const problems: string[] = [];
  if (!popup.title.includes('how Brackwater rewired its streets')) problems.push(`unexpected title "${popup.title}"`);
  if (popup.takeaways.source !== 'page') problems.push(`takeaways source is ${popup.takeaways.source}, expected "page"`);
  if (popup.takeaways.items.length !== 4) problems.push(`expected the box's 4 items, got ${popup.takeaways.items.length}`);
  if (!popup.bodyText.includes('The May vote on the town centre')) problems.push('the body is missing its last paragraph');
  if (reader.title !== popup.title || reader.takeaways.items.join('\n') !== popup.takeaways.items.join('\n')) {
    problems.push('the reader and the popup disagree');
  }
  if (problems.length) throw new Error(`Demo check failed:\n  - ${problems.join('\n  - ')}`);
}

const guard = setTimeout(() => {
  console.error(`Demo still running after ${HANG_LIMIT_MS / 1000} s: giving up.`);
  process.exit(1);
}, HANG_LIMIT_MS);

demo().then(
  () => clearTimeout(guard),
  (error: unknown) => {
    clearTimeout(guard);
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
