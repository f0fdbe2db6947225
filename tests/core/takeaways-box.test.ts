// takeaways.box: what the Reader needs to find the author's box in the rendered body and show it once.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract-article';

const page = (name: string): Document =>
  parseHTML(readFileSync(fileURLToPath(new URL(`../fixtures/boxes/${name}`, import.meta.url)), 'utf8')).document as unknown as Document;

describe('extractArticle → takeaways.box', () => {
  it('a one-paragraph box: one item, its label, kind paragraph', () => {
    const result = extractArticle(page('summary-paragraph-review.html'), { url: 'https://example.com/review' });
    if (!result.ok) throw new Error(result.error.message);
    expect(result.article.takeaways.source).toBe('page');
    expect(result.article.takeaways.items).toHaveLength(1);
    expect(result.article.takeaways.box).toEqual({ label: 'Summary', kind: 'paragraph' });
  });

  it('a list box keeps its label as the page shows it; local takeaways carry no box', () => {
    const list = extractArticle(page('investopedia-key-takeaways.html'), { url: 'https://example.com/a' });
    if (!list.ok) throw new Error(list.error.message);
    expect(list.article.takeaways.box).toEqual({ label: 'Key Takeaways', kind: 'list' });
    const none = extractArticle(page('trap-what-we-know.html'), { url: 'https://example.com/b' });
    if (!none.ok) throw new Error(none.error.message);
    expect(none.article.takeaways.source).toBe('local');
    expect(none.article.takeaways.box).toBeUndefined();
  });
});
