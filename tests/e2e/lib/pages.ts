// Hand-made pages for cases the real corpus does not cover. Each is a function so the huge page is
// only generated when asked for. The prose is original filler about a fictional town council.

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
 * Every classic way to smuggle script through an article body. The page itself runs its own
 * top-level <script> (so we can see the flag works on the page); the popup/reader must never run any.
 */
function hostile(): string {
  const set = (n: number) => `window.${PWNED}=(window.${PWNED}||[]).concat(${n})`;
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
<a href="  JaVaScRiPt:${set(5)}">the mixed-case one</a>.</p>
<iframe srcdoc="<script>parent.${PWNED}=(parent.${PWNED}||[]).concat(6)</script>" src="javascript:${set(7)}"></iframe>
<form action="javascript:${set(8)}"><input name="q" onfocus="${set(9)}" autofocus><button formaction="javascript:${set(10)}">Go</button></form>
<p onclick="${set(11)}" onmouseover="${set(12)}" style="background:url(javascript:${set(13)})">Hover me.</p>
<details open ontoggle="${set(14)}"><summary>More</summary><p>Details text.</p></details>
<object data="javascript:${set(15)}"></object><embed src="javascript:${set(16)}">
<math><mtext><table><mglyph><style><img src=x onerror="${set(17)}"></style></mglyph></table></mtext></math>
${paragraphs(4)}
</article></body></html>`;
}

/** Too short to be an article: the not-an-article rule (core/extract/article-check.ts) must say no. */
function notAnArticle(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in</title></head><body>
<nav><a href="/">Home</a> <a href="/help">Help</a></nav>
<form><label>Email <input type="email"></label> <button>Sign in</button></form>
<footer>© Example</footer></body></html>`;
}

/** ~200,000 elements: must end in a clear too-large message or a rendered article, never a hang. */
function huge(): string {
  const rows: string[] = [];
  // 25,000 rows × 8 elements (div, 3 span, b, i, em, a) = 200k elements.
  for (let i = 0; i < 25_000; i++) {
    rows.push(`<div class="row"><span><b>${i}</b></span><span><i>cell</i></span><span><em>x</em></span><a href="#r${i}">r</a></div>`);
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Huge table page</title></head><body>
<article><h1>Huge page</h1>${paragraphs(6)}${rows.join('')}</article></body></html>`;
}

export const handMadePages = { hostile, 'not-an-article': notAnArticle, huge } as const;
