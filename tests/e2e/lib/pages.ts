// Hand-made pages for cases the real corpus does not cover. Each is a function so the huge page is
// only generated when asked for. The prose is original filler about a fictional town council.
import { MAX_ELEMENTS } from '../../../src/core/extract-article';

const para = (n: number) =>
  `<p>Paragraph ${n}. The town council of Little Harwick met on Tuesday evening to discuss the new ` +
  `bus timetable, which residents say leaves the northern villages without a service after seven. ` +
  `Councillor Amara Osei said the changes had been rushed through without proper consultation, and ` +
  `that several elderly residents had written to her office about missed hospital appointments. ` +
  `The operator replied that fewer than a dozen people used the late buses on an average weekday.</p>`;

const paragraphs = (count: number) => Array.from({ length: count }, (_, i) => para(i + 1)).join('\n');

/** Marker the hostile page's scripts would set on whatever window runs them. */
export const PWNED = '__nutshellPwned';

/**
 * Every classic way to smuggle script through an article body. Each numbered vector is LIVE on the
 * page itself (hostile.e2e.ts fires every one there, after the clicks, hover and submit that some
 * need), so the popup/reader's "none ran" means the sanitiser stopped it, not that it was a dud.
 * Vectors no current browser runs were replaced by live ones: CSS url(javascript:), <object data=
 * javascript:>, <embed src=javascript:> and an iframe's src beside a srcdoc (srcdoc wins).
 */
function hostile(): string {
  const set = (n: number) => `window.${PWNED}=(window.${PWNED}||[]).concat(${n})`;
  const inParent = (n: number) => `parent.${PWNED}=(parent.${PWNED}||[]).concat(${n})`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council row over buses</title>
<script>${set(0)}</script></head><body>
<article><h1>Council row over buses</h1>
<p class="byline">By Test Reporter</p>
${paragraphs(3)}
<script>${set(1)}</script>
<p>An image follows <img src="/nope.png" onerror="${set(2)}" alt="broken"> in the text.</p>
<svg onload="${set(3)}" width="10" height="10"><circle cx="5" cy="5" r="4"/></svg>
<p>Read <a href="javascript:${set(4)}" id="js-link">the council minutes</a> and
<a href="https://example.org/report" id="ok-link">the operator report</a> and
<a href="  JaVaScRiPt:${set(5)}" id="mixed-case-link">the mixed-case one</a>.</p>
<iframe srcdoc="<script>${inParent(6)}</script>"></iframe>
<iframe src="javascript:${inParent(7)}"></iframe>
<form action="javascript:${set(8)}"><input name="q" onfocus="${set(9)}" autofocus><button formaction="javascript:${set(10)}">Go</button></form>
<p onclick="${set(11)}" onmouseover="${set(12)}" style="outline:2px solid red">Hover me.</p>
<video><source src="/nope.mp4" onerror="${set(13)}"></video>
<details open ontoggle="${set(14)}"><summary>More</summary><p>Details text.</p></details>
<audio src="/nope.mp3" onerror="${set(15)}"></audio>
<svg width="10" height="10"><rect width="5" height="5"><animate attributeName="x" from="0" to="5" dur="1s" onbegin="${set(16)}"/></rect></svg>
<noscript><p title="</noscript><img src=/nope.gif onerror=${set(17)}>">mutation</p></noscript>
${paragraphs(4)}
</article></body></html>`;
}

/** The numbered script vectors of the hostile page, read from the page itself (not a hand count). */
export function hostileVectors(): number[] {
  return [...new Set([...hostile().matchAll(/concat\((\d+)\)/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
}

/** Too short to be an article: the not-an-article rule (core/extract/article-check.ts) must say no. */
function notAnArticle(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in</title></head><body>
<nav><a href="/">Home</a> <a href="/help">Help</a></nav>
<form><label>Email <input type="email"></label> <button>Sign in</button></form>
<footer>© Example</footer></body></html>`;
}

/** A page of `rows` × 8 elements under an article of six paragraphs (a few elements more in all). */
function bigPage(rows: number): string {
  const out: string[] = [];
  for (let i = 0; i < rows; i++) {
    out.push(`<div class="row"><span><b>${i}</b></span><span><i>cell</i></span><span><em>x</em></span><a href="#r${i}">r</a></div>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Huge table page</title></head><body>
<article><h1>Huge page</h1>${paragraphs(6)}${out.join('')}</article></body></html>`;
}

/** ~200,000 elements, far above MAX_ELEMENTS: must end in the too-large message, never a hang. */
const huge = () => bigPage(25_000);
/** Just under MAX_ELEMENTS (500 to spare): must be read as an article. */
const belowLimit = () => bigPage(Math.floor((MAX_ELEMENTS - 500) / 8));

export const handMadePages = { hostile, 'not-an-article': notAnArticle, huge, 'below-limit': belowLimit } as const;
