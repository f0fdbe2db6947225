import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readPage, vendoredTakeaways } from '../helpers/corpus';

const ROOT = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'nutshell-takeaways-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]) {
  return spawnSync('npx', ['tsx', 'src/cli/main.ts', 'takeaways', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
}

const ARTICLE = [
  'The city council voted on Tuesday to build a new bridge across the river, ending years of debate.',
  'The bridge will cost about 40 million dollars and should open in 2027, the mayor said after the vote.',
  'Opponents argued that the money should have gone to schools and public transport instead.',
  'Construction is expected to begin next spring once the state approves the final design.',
  'Residents near the river said the bridge would cut their commute to the city by half.',
].join(' ');

describe('nutshell takeaways', () => {
  it('writes one {id, takeaways} line per input line, and {id, error} for bad lines', () => {
    const page = readPage('bbc-1', 'source.html');
    const row = vendoredTakeaways('bbc_news_summary')[0]!;
    const bbc = JSON.stringify(row);
    const { id: bbcId, article: bbcArticle } = row;
    const input = join(dir, 'in.jsonl');
    writeFileSync(
      input,
      [
        JSON.stringify({ id: 'bridge', article: ARTICLE, title: 'Council votes for a bridge', lang: 'en-GB' }),
        'this is not json',
        JSON.stringify({ id: 'empty-object' }),
        '',
        bbc,
        JSON.stringify({ id: 'page', url: 'https://www.bbc.co.uk/news/world-us-canada-33646542', html: page }),
      ].join('\n'),
    );
    const res = run([input]);
    expect(res.status).toBe(0);
    const lines = res.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(5);

    const first = lines[0] as { id: string; takeaways: { source: string; items: string[] } };
    expect(first.id).toBe('bridge');
    expect(first.takeaways.source).toBe('local');
    expect(first.takeaways.items).toHaveLength(3);
    for (const item of first.takeaways.items) expect(ARTICLE).toContain(item);

    expect(lines[1]).toMatchObject({ id: 'line-2', error: expect.stringContaining('is not valid JSON') });
    expect(lines[2]).toMatchObject({ id: 'empty-object', error: expect.stringContaining('neither') });

    const last = lines[3] as { id: string; takeaways: { items: string[] } };
    expect(last.id).toBe(bbcId);
    expect(last.takeaways.items).toHaveLength(3);
    for (const item of last.takeaways.items) expect(bbcArticle).toContain(item);

    // An HTML page goes through the extension's own extraction path (Readability, then takeaways).
    const html = lines[4] as { id: string; takeaways: { source: string; items: string[] } };
    expect(html.id).toBe('page');
    expect(html.takeaways.source).toBe('local');
    expect(html.takeaways.items).toHaveLength(3);
    expect(html.takeaways.items.join(' ')).toContain('Obama');
  }, 90_000);

  it('exits 2 with usage on stderr and nothing on stdout when arguments are wrong', () => {
    const res = run([]);
    expect(res.status).toBe(2);
    expect(res.stdout).toBe('');
    expect(res.stderr).toContain('usage');
    const missing = run([join(dir, 'does-not-exist.jsonl')]);
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe('');
  }, 90_000);
});
