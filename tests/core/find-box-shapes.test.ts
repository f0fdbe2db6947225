// Box shapes and places seen on real pages of the boxes corpus (../shared/corpus/boxes), rebuilt
// here as small documents: the markup follows the named page, the words are made up (the pages'
// text belongs to their publishers). Each rule has its look-alike that must stay refused.
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findBox, findTakeawaysBox } from '../../src/core/takeaways/find-box';

const linkedom = (html: string): Document => parseHTML(html).document as unknown as Document;
const jsdom = (html: string): Document => new JSDOM(html).window.document;
const page = (body: string): string =>
  `<!doctype html><html><head><title>Rail strike halts trains</title></head><body>${body}</body></html>`;
const article = (inner: string): string => page(`<article><h1>Rail strike halts trains across the country</h1>${inner}</article>`);
const P = [
  'Train drivers walked out on Monday morning, halting rail services across the country for the first time in a decade.',
  'The union says the strike will continue until the rail operator improves its pay offer, which members rejected last week.',
  'Commuters crowded onto buses and roads, and several cities reported traffic jams stretching for miles during the morning rush.',
  'The government urged both sides to return to talks and said it would not intervene in the dispute over pay.',
  'Freight trains were also stopped, and ports warned that goods could pile up on the docks if the strike lasts into next week.',
  'Rail passengers with tickets for cancelled trains can claim a full refund from the operator within twenty-eight days.',
];
const BODY = P.map((p) => `<p>${p}</p>`).join('');
const LONG_BODY = [...P, ...P, ...P].map((p) => `<p>${p}</p>`).join('');
const ITEMS = [
  'Train drivers walked out over a pay offer they rejected last week.',
  'Commuters crowded onto buses and roads in several cities.',
  'The government will not intervene in the dispute over pay.',
];
const both = (html: string): [string[] | null, string[] | null] => [findTakeawaysBox(linkedom(html)), findTakeawaysBox(jsdom(html))];

describe('box shapes that are not one list', () => {
  it('reads one <ul> per item as one box (syracuse: three one-item lists under "Key Takeaways")', () => {
    const box = `<h2><b>Key Takeaways</b></h2>${ITEMS.map((t) => `<ul><li><b>${t}</b></li></ul>`).join(' ')}`;
    expect(both(article(box + BODY))).toEqual([ITEMS, ITEMS]);
  });
  it('reads one <div> per item inside the box wrapper, after a lead-in (housecallpro)', () => {
    const bullets = ITEMS.map(
      (t) => `<div class="bullet-container"><div class="bullet-symbol"><span class="bullet-point"></span></div><div class="bullet-text"><p>${t}</p></div></div>`,
    ).join('');
    const box = `<div class="block-key-takeaways"><div class="title"><h2>Key takeaways</h2></div><div class="content"><p>Here are three things to know about the strike:</p><div class="bullets">${bullets}</div></div></div>`;
    expect(both(article(box + BODY))).toEqual([ITEMS, ITEMS]);
  });
  it('reads headings used as items under a label span (digit: "HIGHLIGHTS" then three <h2>)', () => {
    const box = `<div class="highlights_cont"><span class="highlight_title">HIGHLIGHTS</span>${ITEMS.map((t) => `<h2>${t}</h2>`).join('')}</div>`;
    expect(both(article(box + BODY))).toEqual([ITEMS, ITEMS]);
  });
  it('reads short <p> lines that close an end recap, its lead-in left out, an FAQ after it (oakywood)', () => {
    const recap = `<h2>Summary: What should commuters do today?</h2><p>You do not need to change every plan at once. Start here:</p>${ITEMS.map((t) => `<p>${t}</p>`).join('')}`;
    const faq = `<h2>FAQ</h2><h3>Can I get a refund for my train ticket?</h3><p>${P[5]} ${P[5]}</p><h3>Will freight trains run?</h3><p>${P[4]} ${P[4]}</p>`;
    expect(both(article(`<h2>What happened</h2>${LONG_BODY}${recap}${faq}`))).toEqual([ITEMS, ITEMS]);
  });
  it('does not read short paragraphs that go on into the article as a box of lines', () => {
    const opening = `<h2>Key points</h2>${ITEMS.map((t) => `<p>${t}</p>`).join('')}`;
    const box = findBox(linkedom(article(opening + BODY)));
    expect(box?.kind).not.toBe('list');
    expect(box?.items.length ?? 0).toBeLessThanOrEqual(1);
  });
  it('reads a <details> box whose label is a heading permalink (digitalocean)', () => {
    const box = `<details open><summary><h2 id="key-takeaways"><a href="#key-takeaways"><strong>Key Takeaways</strong></a></h2></summary><ul>${ITEMS.map((t) => `<li>${t}</li>`).join('')}</ul></details>`;
    expect(both(article(box + BODY))).toEqual([ITEMS, ITEMS]);
  });
  it('reads unlabelled ul.abstract bullets under the headline (bloomberg)', () => {
    const html = page(
      `<main><div class="hed-and-dek"><h1>Rail strike halts trains across the country</h1><ul class="abstract__a20fee61">${ITEMS.map((t) => `<li class="abstract-item"><div>${t}</div></li>`).join('')}</ul></div><div class="content-well"><div class="body-copy">${BODY}</div></div></main>`,
    );
    expect(both(html)).toEqual([ITEMS, ITEMS]);
  });
});

describe('places a top box sits in', () => {
  it('keeps a box after a short opening section at the top (investopedia), not one after a long section', () => {
    const box = `<h3>Key Takeaways</h3><ul>${ITEMS.map((t) => `<li>${t}</li>`).join('')}</ul>`;
    expect(findTakeawaysBox(linkedom(article(`<h2>What is a rail strike?</h2><p>${P[0]}</p>${box}${LONG_BODY}`)))).toEqual(ITEMS);
    expect(findTakeawaysBox(linkedom(article(`<h2>What happened</h2>${P.map((p) => `<p>${p}</p>`).join('')}${box}${BODY}`)))).toBeNull();
  });
  it('finds a header box ten wrappers away from the body when their wrapper holds the page (securityinfowatch)', () => {
    const deep = (inner: string, n: number): string => '<div class="block">'.repeat(n) + inner + '</div>'.repeat(n);
    const header = deep(`<h1>Rail strike halts trains</h1><div class="highlights"><h2>Key Highlights</h2><ul>${ITEMS.map((t) => `<li>${t}</li>`).join('')}</ul></div>`, 5);
    const body = deep(`<section class="web-html">${BODY}</section>`, 8);
    expect(both(page(`<div class="standard-blocks">${header}${body}</div>`))).toEqual([ITEMS, ITEMS]);
  });
  it('measures a story told in one <div> of <br>-split lines (toi)', () => {
    const box = `<div class="highlights"><h2>Key Highlights</h2><ul>${ITEMS.map((t) => `<li>${t}</li>`).join('')}</ul></div>`;
    const body = `<div class="story">${[...P, ...P].join(' <br>')}</div>`;
    expect(both(page(`<div class="main"><h1>Rail strike halts trains</h1>${box}${body}</div>`))).toEqual([ITEMS, ITEMS]);
  });
  it('reads a box in a <nav> dropdown panel without links (Webflow), never one in a menu of links', () => {
    const list = `<ul role="list">${ITEMS.map((t) => `<li>${t}</li>`).join('')}</ul>`;
    const panel = `<div class="w-dropdown"><div class="w-dropdown-toggle"><h4>Expand for key takeaways:</h4></div><nav class="w-dropdown-list"><div>${list}</div></nav></div>`;
    expect(findTakeawaysBox(linkedom(article(panel + BODY)))).toEqual(ITEMS);
    const menu = `<nav><h4>Highlights</h4><ul>${ITEMS.map((t) => `<li><a href="/story/${t.length}">${t}</a></li>`).join('')}</ul></nav>`;
    expect(findTakeawaysBox(linkedom(article(menu + BODY)))).toBeNull();
  });
});

describe('jump links', () => {
  const sections = '<h2 id="pay">How the union came to reject the pay offer</h2>' + BODY + '<h2 id="refunds">Refunds for passengers on cancelled trains</h2>' + BODY;
  it('takes items that are wholly jump links as facts (freightwaves)', () => {
    const facts = ['Average pay offer: 4.5% over two years', 'Trains cancelled on Monday: 9 in 10', 'Refund window: 28 days'];
    const box = `<div class="box-highlight"><p>Key Takeaways</p><ul class="toc">${facts.map((t, i) => `<li><a href="#s${i}">${t}</a></li>`).join('')}</ul></div>`;
    expect(findBox(linkedom(article(box + sections)))).toEqual({ items: facts, label: 'Key Takeaways', kind: 'list' });
  });
  it('refuses jump links that name the article\'s headings (a table of contents)', () => {
    const toc = `<p>Key Takeaways</p><ul><li><a href="#pay">How the union came to reject the pay offer</a></li><li><a href="#refunds">Refunds for passengers on cancelled trains</a></li></ul>`;
    expect(findTakeawaysBox(linkedom(article(toc + sections)))).toBeNull();
  });
});

describe('one-paragraph boxes', () => {
  it('refuses a labelled summary that goes on for several paragraphs (a "Summary" section, a MarketingSherpa SUMMARY: cell)', () => {
    const section = `<h2>Summary</h2><p>${P[0]}</p><p>${P[1]}</p><h2>What happened</h2>`;
    expect(findTakeawaysBox(linkedom(article(section + BODY)))).toBeNull();
    const cell = `<div class="articleSummary"><strong>SUMMARY:</strong><p>${P[0]}</p><p>${P[1]}</p></div>`;
    expect(findTakeawaysBox(linkedom(article(cell + BODY)))).toBeNull();
    const one = `<div class="tldr"><strong>SUMMARY:</strong><p>${P[0]}</p></div>`;
    expect(findBox(linkedom(article(one + BODY)))).toEqual({ items: [P[0]], label: 'SUMMARY:', kind: 'paragraph' });
  });
});
