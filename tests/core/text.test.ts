import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readingMinutes } from '../../src/core/reading-time';
import { blockText } from '../../src/core/text/block-text';

describe('blockText', () => {
  it('separates blocks by a blank line and collapses whitespace inside them', () => {
    const { body } = new JSDOM(`<body><h2>Title</h2><p>One.<b> Two</b>
      three.</p><ul><li>a</li><li>b<br>c</li></ul><figure><img src=x><figcaption>Cap</figcaption></figure><script>x()</script></body>`).window.document;
    expect(blockText(body)).toBe('Title\n\nOne. Two three.\n\na\n\nb c\n\nCap');
  });

  it('leaves out captions, tables and code when asked for prose only', () => {
    const { body } = new JSDOM(`<body><p>Text.</p><figure><img src=x><figcaption>Photo credit.</figcaption></figure>
      <p class="caption">Caption.</p><table><tr><td>1</td></tr></table><pre>code()</pre><p>More.</p></body>`).window.document;
    expect(blockText(body, { proseOnly: true })).toBe('Text.\n\nMore.');
  });
});

describe('readingMinutes', () => {
  it('counts words for spaced scripts and characters for CJK', () => {
    expect(readingMinutes('word '.repeat(2300))).toBe(10);
    expect(readingMinutes('字'.repeat(5000))).toBe(10);
    expect(readingMinutes('short')).toBe(1);
  });
});
