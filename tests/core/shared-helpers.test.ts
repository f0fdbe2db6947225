// One helper now serves two callers with different needs (issue 7's dedupe): each test checks both.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readingMinutes } from '../../src/core/reading-time';
import { isSiteChrome, topicWords } from '../../src/core/takeaways/box-context';
import { blockText, visibleText } from '../../src/core/text/block-text';
import { bulletMarker } from '../../src/core/text/bullets';
import { escapeRegExp } from '../../src/core/text/regex';
import { parseKeyPoints } from '../../src/platform/summarizer';

const doc = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document as unknown as Document;

describe('escapeRegExp (title trimming and label regexes)', () => {
  it('makes every metacharacter literal', () => {
    const text = 'a.b*c+d?e^f$g{h}i(j)k|l[m]n\\o';
    expect(new RegExp(`^${escapeRegExp(text)}$`).test(text)).toBe(true);
    expect(new RegExp(escapeRegExp('tl;dr (1)')).test('tl;dr 1')).toBe(false);
  });
});

describe('bulletMarker: page bullet paragraphs and the model’s key points', () => {
  it('page paragraphs: glyphs may touch the text, dashes need a space, numbers are not bullets', () => {
    expect(bulletMarker('•Point')).toBe('•');
    expect(bulletMarker('✓ Point')).toBe('✓ ');
    expect(bulletMarker('— Point')).toBe('— ');
    expect(bulletMarker('—Yes, he said')).toBe('');
    expect(bulletMarker('*Note')).toBe('');
    expect(bulletMarker('1. Step one')).toBe('');
  });

  it('model output: numbered lines and indented bullets count, a bold line does not', () => {
    expect(bulletMarker('  2) Fifth', { numbered: true })).toBe('  2) ');
    expect(bulletMarker('* First', { numbered: true })).toBe('* ');
    expect(bulletMarker('**Bold**', { numbered: true })).toBe('');
    expect(parseKeyPoints('1. One.\n•Two.\n**Still two.**')).toEqual(['One.', 'Two. Still two.']);
  });
});

describe('readingMinutes and words.ts agree on unspaced scripts', () => {
  it('1,200 Korean words read in 5 minutes, not 8', () => {
    const text = Array.from({ length: 1200 }, (_, i) => (i % 2 ? '한국어를' : '읽는다')).join(' ');
    expect(readingMinutes(text)).toBe(5);
  });

  it('still counts characters for Chinese (Thai counts words: tests/core/reading-time.test.ts)', () => {
    expect(readingMinutes('字'.repeat(2500))).toBe(5);
  });
});

describe('one DOM text walker: blockText (article text) and visibleText (box items)', () => {
  const html = `<div id="r"><h2>Key points</h2><ul><li>First <b>point</b><ul><li>sub</li></ul></li>
    <li>Second<br>line<span hidden>secret</span><svg><text>icon</text></svg></li></ul>
    <figure><figcaption>Caption</figcaption></figure><p style="display:none">Hidden para</p></div>`;

  it('blockText keeps every block, hidden ones too, a blank line between them', () => {
    const root = doc(html).getElementById('r')!;
    expect(blockText(root)).toBe('Key points\n\nFirst point\n\nsub\n\nSecond linesecreticon\n\nCaption\n\nHidden para');
    expect(blockText(root, { proseOnly: true })).not.toContain('Caption');
  });

  it('visibleText gives one line without hidden parts, svg or (when asked) sub-lists', () => {
    const d = doc(html);
    const [first, second] = Array.from(d.querySelectorAll('#r > ul > li'));
    expect(visibleText(first!)).toBe('First point sub');
    expect(visibleText(first!, true)).toBe('First point');
    expect(visibleText(second!)).toBe('Second line');
    expect(visibleText(d.getElementById('r')!)).toBe('Key points First point sub Second line Caption');
  });
});

describe('isSiteChrome: body measure and box position', () => {
  const page = doc(`<header id="site"><nav>Menu</nav><p id="tag">Site tagline here</p></header>
    <header id="story"><h1>Headline</h1><ul id="box"><li>One</li></ul></header>
    <article><header><p id="inner">In the article</p></header></article>`);

  it('a site header is chrome for both callers; an article header for neither', () => {
    const el = (id: string) => page.getElementById(id)!;
    expect(isSiteChrome(el('tag'))).toBe(true);
    expect(isSiteChrome(el('tag'), { headlineHeader: true })).toBe(true);
    expect(isSiteChrome(el('inner'))).toBe(false);
    expect(isSiteChrome(el('inner'), { headlineHeader: true })).toBe(false);
  });

  it('a header holding the <h1> is the story header only for the box search', () => {
    expect(isSiteChrome(page.getElementById('box')!)).toBe(true);
    expect(isSiteChrome(page.getElementById('box')!, { headlineHeader: true })).toBe(false);
  });
});

describe('topicWords uses words.ts and the stop words of the box languages', () => {
  it('drops function words of several languages and cuts stems', () => {
    expect([...topicWords('These elections would matter')]).toEqual(['elect', 'matte']);
    expect([...topicWords('Die Wahlen wurden nicht verschoben')]).toEqual(['wahle', 'versc']);
  });
});

describe('fixes from issue 12', () => {
  it('Brazilian Portuguese gets its own stop words whichever language came first', async () => {
    const { stopwordsFor } = await import('../../src/core/text/words');
    const european = stopwordsFor('pt-PT');
    const brazilian = stopwordsFor('pt-BR');
    expect(brazilian).not.toBe(european);
    expect(stopwordsFor('pt')).toBe(european);
    expect(stopwordsFor('pt_br')).toBe(brazilian);
    expect(brazilian.size).toBeGreaterThan(european.size);
  });

  it('title trimming never cuts a hyphenated word', async () => {
    const { displayTitle } = await import('../../src/core/text/title');
    expect(displayTitle('Why Our Brains Are Hard-Wired', 'Wired')).toBe('Why Our Brains Are Hard-Wired');
    expect(displayTitle('Post-Gazette readers pick the best pierogi', 'Post')).toBe('Post-Gazette readers pick the best pierogi');
    expect(displayTitle('Steelers win again | Pittsburgh Post-Gazette', 'Pittsburgh Post-Gazette')).toBe('Steelers win again');
    expect(displayTitle('Why brains adapt - Wired', 'Wired')).toBe('Why brains adapt');
  });
});
