// `npx tsx scripts/box-screens.ts [OUT] [SLUG...]`: the author's box on three real pages of the box corpus
// (a list, a one-paragraph box, a German box) in the test build's popup, one screenshot each.
// Prints what each popup's "Key takeaways" region holds, so the pictures can be checked in words.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { launchWithExtension } from '../tests/e2e/lib/chromium';
import { startServer } from '../tests/e2e/lib/server';
import { BOXES } from '../tests/helpers/corpus';

const slugs = process.argv.slice(3);
const PAGES = slugs.length ? slugs : ['tastewise-key-takeaways', 'cdc-at-a-glance-paragraph', 'haus-de-das-wichtigste'];
const out = resolve(process.argv[2] ?? 'out/box-screens');

async function main(): Promise<void> {
  const dir = resolve(BOXES, 'pages');
  const routes = Object.fromEntries(PAGES.map((p) => [`/${p}.html`, readFileSync(resolve(dir, `${p}.html`), 'utf8')]));
  const server = await startServer(routes);
  const browser = await launchWithExtension();
  mkdirSync(out, { recursive: true });
  try {
    for (const page of PAGES) {
      const { tabId } = await browser.openTab(`${server.origin}/${page}.html`);
      const popup = await browser.openPopup(tabId);
      const box = popup.locator('section[aria-label="Key takeaways"]');
      await box.waitFor({ timeout: 30_000 });
      const source = await box.getAttribute('data-source');
      const items = await box.locator('li').allInnerTexts();
      console.log(`${page}: data-source=${source}\n  ${items.join('\n  ')}`);
      await popup.screenshot({ path: resolve(out, `${page}.png`) });
      await popup.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
