// The Markdown export read back with the CommonMark reference parser and a YAML parser: what the
// reader saved must come out as exactly that text, in exactly the promised structure.
import { Parser, type Node } from 'commonmark';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { articleMarkdown, escapeInline, isoDate, libraryMarkdown } from '../../../src/core/library/markdown';
import { record } from './fixtures';

const now = new Date('2026-02-03T10:20:30.000Z');

function split(md: string): { front: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(md);
  if (!match) throw new Error('no front matter');
  return { front: parseYaml(match[1]!), body: md.slice(match[0].length) };
}

function text(node: Node): string {
  let out = '';
  const walker = node.walker();
  for (let e = walker.next(); e; e = walker.next()) {
    if (e.entering && (e.node.type === 'text' || e.node.type === 'code')) out += e.node.literal ?? '';
    if (e.entering && e.node.type === 'softbreak') out += '\n';
  }
  return out;
}

function children(node: Node): Node[] {
  const out: Node[] = [];
  for (let c = node.firstChild; c; c = c.next) out.push(c);
  return out;
}

describe('libraryMarkdown', () => {
  const nasty = record('https://news.example/a_(b)?q=1&r=2', {
    title: 'Why *this* [matters] | <b>really</b> & $5 ==now== #1',
    site: 'Ex_ample',
    takeaways: { source: 'local', items: ['- looks like a list', '1. looks ordered', '> quote?', '`code` and [[wiki]] %%hidden%% ~~gone~~', '---', 'Plain.'], edited: true },
    note: 'First line of my note.\n\n# not a heading\nLast <i>line</i>.',
  });
  const plain = record('https://other.example/b', { title: 'Plain title', savedAt: '2025-12-31T23:30:00.000Z', takeaways: { source: 'page', items: ['Only one.'], edited: false } });
  const md = libraryMarkdown([nasty, plain], { now, title: 'My library: all' });

  it('starts with YAML front matter once, with Obsidian property types', () => {
    const { front, body } = split(md);
    expect(front).toEqual({ title: 'My library: all', exported: '2026-02-03T10:20:30.000Z', count: 2, tags: ['nutshell'] });
    expect(body).not.toMatch(/^---$/m);
  });

  it('gives each article a linked h2, a meta line, bullets and the note as a quote, all as their exact text', () => {
    const doc = new Parser().parse(split(md).body);
    const blocks = children(doc);
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'list', 'block_quote', 'heading', 'paragraph', 'list']);
    const [h2, meta, list, quote] = blocks;
    expect(h2!.level).toBe(2);
    const link = h2!.firstChild!;
    expect(link.type).toBe('link');
    expect(link.destination).toBe('https://news.example/a_(b)?q=1&r=2');
    expect(text(link)).toBe(nasty.title);
    expect(text(meta!)).toBe('Ex_ample · saved 2026-01-02 · key sentences, edited');
    expect(list!.listType).toBe('bullet');
    expect(children(list!).map(text)).toEqual(nasty.takeaways.items);
    expect(children(quote!).map(text)).toEqual(['First line of my note.', '# not a heading\nLast <i>line</i>.']);
    expect(text(blocks[5]!)).toBe('news.example · saved 2025-12-31 · author');
  });

  it('writes no raw HTML, and its headings and items carry no markup', () => {
    const doc = new Parser().parse(split(md).body);
    const walker = doc.walker();
    const kinds = new Set<string>();
    for (let e = walker.next(); e; e = walker.next()) kinds.add(e.node.type);
    for (const kind of ['html_inline', 'html_block', 'emph', 'strong', 'code', 'thematic_break']) expect(kinds.has(kind)).toBe(false);
  });

  it('an empty library is front matter only', () => {
    const empty = libraryMarkdown([], { now });
    expect(split(empty).front).toMatchObject({ count: 0, title: 'Nutshell takeaways' });
    expect(split(empty).body.trim()).toBe('');
  });
});

describe('pieces', () => {
  it('articleMarkdown has the exact layout', () => {
    expect(articleMarkdown(record('https://s.example/a', { note: 'Mine.' }))).toBe(
      '## [A title](<https://s.example/a>)\n\nnews.example · saved 2026-01-02 · author\n\n- One.\n- Two.\n\n> Mine.\n',
    );
  });
  it('dates are the reader\'s own day', () => {
    expect(isoDate('2025-12-31T23:30:00.000Z', 'UTC')).toBe('2025-12-31');
    expect(isoDate('2025-12-31T23:30:00.000Z', 'Europe/Berlin')).toBe('2026-01-01');
  });
  it('escapes only to keep text as text', () => {
    expect(escapeInline('Plain words, with commas.')).toBe('Plain words, with commas.');
    expect(escapeInline('+ one')).toBe('\\+ one');
  });
});
