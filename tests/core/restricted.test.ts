import { describe, expect, it } from 'vitest';
import { restrictedReason } from '../../src/core/restricted';

describe('restrictedReason', () => {
  it.each([
    'chrome://settings', 'chrome://newtab/', 'chrome-extension://abc/popup.html', 'about:blank', 'about:addons',
    'edge://flags', 'view-source:https://a.example', 'moz-extension://x/y', 'data:text/html,hi',
  ])('refuses the browser page %s', (url) => {
    expect(restrictedReason(url)).toMatch(/browser's own pages/);
  });

  it.each([
    'https://chromewebstore.google.com/detail/x/abc', 'https://chrome.google.com/webstore/category/extensions',
    'https://addons.mozilla.org/en-US/firefox/', 'https://microsoftedge.microsoft.com/addons/detail/x',
  ])('refuses the add-on store %s', (url) => {
    expect(restrictedReason(url)).toMatch(/stores/);
  });

  it('refuses PDFs and local files with their own message', () => {
    expect(restrictedReason('https://a.example/paper.PDF')).toMatch(/PDF/);
    expect(restrictedReason('file:///home/me/a.html')).toMatch(/files/);
  });

  it('lets ordinary pages through, including look-alike hosts and unknown URLs', () => {
    for (const url of ['https://www.nytimes.com/2024/a.html', 'http://127.0.0.1:8080/x', 'https://google.com/webstore-news', 'https://a.example/pdf-guide']) {
      expect(restrictedReason(url), url).toBeNull();
    }
    expect(restrictedReason(undefined)).toBeNull();
  });
});
