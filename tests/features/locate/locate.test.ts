import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { blockText } from '../../../src/core/text/block-text';
import { findTextRange } from '../../../src/features/locate/locate';

describe('findTextRange', () => {
  const { document } = new JSDOM(`<article><p>First   one.</p><p>The <a href="#">second</a>
    sentence<br>spans markup. Third.</p></article>`).window;
  const root = document.querySelector('article')!;

  it('finds a sentence of the block text across inline markup and line breaks', () => {
    expect(blockText(root)).toContain('The second sentence spans markup.');
    const range = findTextRange(root, 'The second sentence spans markup.');
    // <br> has no text, so the range's own string runs "sentence" and "spans" together.
    expect(range?.toString().replace(/\s+/g, '')).toBe('Thesecondsentencespansmarkup.');
    expect(range?.startContainer.textContent).toBe('The ');
  });

  it('returns null for text that is not there', () => {
    expect(findTextRange(root, 'Not in the article.')).toBeNull();
  });
});
