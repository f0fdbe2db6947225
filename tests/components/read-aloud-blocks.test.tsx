// The body as read aloud walks it (features/read-aloud/blocks.ts), on a real DOM (happy-dom): which
// blocks are read, and that text offsets map to the exact DOM ranges (whitespace, inline markup,
// a sentence that appears twice).
import { describe, expect, it } from 'vitest';
import { buildQueue } from '../../src/core/read-aloud/queue';
import { pointInBlocks, rangeOf, readableBlocks } from '../../src/features/read-aloud/blocks';

// Parsed inert (DOMParser), then adopted: the fixtures are test markup, never run.
function body(html: string): HTMLElement {
  const parsed = new DOMParser().parseFromString(`<article>${html}</article>`, 'text/html');
  const el = document.adoptNode(parsed.querySelector('article')!);
  document.body.replaceChildren(el);
  return el;
}

describe('readable blocks', () => {
  it('reads paragraphs, headings and innermost list items; not code, tables, figures, formulas or the box marker', () => {
    const root = body(`<h2>Title</h2><p>One <em>two</em>.</p><ul><li><p>Item.</p></li><li>Plain item.</li></ul>
      <pre><code>x = 1</code></pre><table><tr><td><p>Cell.</p></td></tr></table>
      <figure><img alt=""><figcaption>Caption.</figcaption></figure><p><math><mi>x</mi></math></p>
      <p class="ns-box-marker">Marker.</p><blockquote><p>Quoted.</p></blockquote><p>   </p>`);
    expect(readableBlocks(root).map((b) => b.text)).toEqual(['Title', 'One two.', 'Item.', 'Plain item.', 'Quoted.']);
  });

  it('maps each sentence to its own DOM range, even a repeated one', () => {
    const root = body(`<p>It rained.   It <b>rained</b>
      again. Then it stopped.</p><p>It rained.</p>`);
    const blocks = readableBlocks(root);
    const queue = buildQueue(blocks.map((b) => b.text), 'en');
    const ranges = queue.map((s) => rangeOf(blocks[s.block]!, s.start, s.end)!);
    expect(ranges.map((r) => r.toString())).toEqual(['It rained.', 'It rained\n      again.', 'Then it stopped.', 'It rained.']);
    expect(ranges[3]!.startContainer.parentElement).toBe(root.querySelectorAll('p')[1]);
    expect(ranges[0]!.startContainer).not.toBe(ranges[3]!.startContainer);
    // A word inside a sentence (a boundary's charIndex/charLength).
    const second = queue[1]!;
    expect(rangeOf(blocks[0]!, second.start + 3, second.start + 9)!.toString()).toBe('rained');
  });

  it('turns a clicked DOM point into the offset of its block text', () => {
    const root = body(`<p>First one.  Second <i>one</i> here.</p>`);
    const blocks = readableBlocks(root);
    const italic = root.querySelector('i')!.firstChild!;
    const at = pointInBlocks(blocks, italic, 1)!;
    expect(at.block).toBe(0);
    expect(blocks[0]!.text.slice(at.offset)).toBe('ne here.');
    const text = root.querySelector('p')!.firstChild!;
    expect(blocks[0]!.text.slice(pointInBlocks(blocks, text, 12)!.offset)).toBe('Second one here.');
    expect(pointInBlocks(blocks, document.body, 0)).toBeNull();
  });
});
