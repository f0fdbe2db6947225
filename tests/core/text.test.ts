import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readingMinutes } from '../../src/core/reading-time';
import { blockText } from '../../src/core/text/block-text';
import { proseText } from '../../src/core/text/prose';
import { displayTitle, siteLabel } from '../../src/core/text/title';

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

describe('displayTitle', () => {
  it('drops the site name the meta line already shows, at either end', () => {
    expect(displayTitle('These Weeks in Firefox: Issue 85 – Firefox Nightly News', 'Firefox Nightly News')).toBe('These Weeks in Firefox: Issue 85');
    expect(displayTitle('The Verge | Apple’s new thing', 'the verge')).toBe('Apple’s new thing');
    expect(displayTitle('Budget vote delayed - BBC News', 'BBC News')).toBe('Budget vote delayed');
  });

  it('keeps titles that only mention the site, or are nothing but the site', () => {
    expect(displayTitle('Why Firefox Nightly News matters', 'Firefox Nightly News')).toBe('Why Firefox Nightly News matters');
    expect(displayTitle('Wikipedia', 'Wikipedia')).toBe('Wikipedia');
    expect(displayTitle('A title – Site', null)).toBe('A title – Site');
  });

  it('does not treat a colon after the site name as a separator', () => {
    expect(displayTitle('Firefox: a faster browser', 'Firefox')).toBe('Firefox: a faster browser');
  });
});

describe('proseText', () => {
  it('leaves out a paragraph that repeats an image caption from its alt text', () => {
    const { body } = new JSDOM(`<body><p>The council met on Tuesday.</p>
      <figure><img src="x.jpg" alt="The mayor, watched by her deputy, opens the new bridge in Brackwater on Monday"></figure>
      <ul><li><p>The mayor, watched by her deputy, opens the new bridge in Brackwater on Monday. Photo: J. Smith</p></li></ul>
      <p>The bridge cost four million pounds.</p><img src="logo.png" alt="Logo"></body>`).window.document;
    expect(proseText(body)).toBe('The council met on Tuesday.\n\nThe bridge cost four million pounds.');
  });
});

describe('siteLabel', () => {
  it('prefers the site name, else the host without www., else null', () => {
    expect(siteLabel('The Guardian', 'https://www.theguardian.com/x')).toBe('The Guardian');
    expect(siteLabel(null, 'https://www.theguardian.com/x')).toBe('theguardian.com');
    expect(siteLabel(null, 'not a url')).toBeNull();
  });
});
