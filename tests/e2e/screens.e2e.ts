// Screenshots for looking at (not assertions of pixels): popup and reader on the local long article,
// in every theme at two text sizes, to /work/notes/screens when NUTSHELL_SCREENS is set
// (out/screenshots otherwise). The article must render in each (data-state=ready).
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { THEMES } from '../../src/core/settings/schema';
import { extensionSession } from './lib/session';
import { readArticle, screenshotDir } from './lib/ui';

const session = extensionSession();
const dir = process.env.NUTSHELL_SCREENS ?? screenshotDir;

describe('screenshots of the long local article', () => {
  test('popup and reader, each theme, text size 100% and 150%', async () => {
    mkdirSync(dir, { recursive: true });
    const { tabId } = await session.browser.openTab(session.server.fixtureUrl);
    const reader = await session.browser.openReader(tabId);
    const popup = await session.browser.openPopup(tabId);
    await Promise.all([readArticle(reader), readArticle(popup)]);
    for (const theme of THEMES) {
      for (const textSize of [100, 150]) {
        await session.browser.inExtension((chrome, s) => chrome.storage.sync.set({ settings: s }), { theme, textSize });
        for (const [name, page] of [['reader', reader], ['popup', popup]] as const) {
          await page.waitForFunction(([t, z]) => document.documentElement.dataset.theme === t && document.documentElement.style.getPropertyValue('--ns-scale') === String(z / 100), [theme, textSize] as const);
          await page.evaluate(() => document.fonts.ready);
          await page.screenshot({ path: resolve(dir, `${name}-${theme}-${textSize}-en.png`) });
        }
      }
    }
    await reader.evaluate(() => document.querySelector('h2:nth-of-type(1)')?.scrollIntoView());
    await reader.screenshot({ path: resolve(dir, 'reader-system-150-en-scrolled.png'), fullPage: true });
    expect(await reader.locator('main[data-state="ready"]').count()).toBe(1);
    await Promise.all([reader.close(), popup.close()]);
  });
});
