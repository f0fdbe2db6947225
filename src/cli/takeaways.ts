// `nutshell takeaways FILE.jsonl`: one JSON line {id, takeaways} per input line.
// An input line is {id, article, title?, lang?} (plain text, blank lines between paragraphs; a
// title is accepted and ignored: scoring title overlap did not help on the dev sets) or
// {id, html, url} (a whole page, run through the same extraction path as the extension).
// stdout carries only result lines; a bad line yields {id, error} and the run goes on.
import { readFile } from 'node:fs/promises';
import { errorMessage } from '../core/errors';
import { keySentences } from '../core/takeaways/key-sentences';
import type { Takeaways } from '../core/types';

const USAGE = 'usage: nutshell takeaways FILE.jsonl';

interface InputLine {
  id?: unknown;
  article?: unknown;
  /** Accepted, not used (see above). */
  title?: unknown;
  lang?: unknown;
  html?: unknown;
  url?: unknown;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

async function fromHtml(html: string, url: string): Promise<Takeaways> {
  // Loaded on demand: plain-text runs never pay for the DOM parser. The page is parsed as
  // `nutshell extract` parses it (linkedom, with its URL), so both commands read a page alike.
  const [{ parsePage }, { extractArticle }] = await Promise.all([import('./extract'), import('../core/extract-article')]);
  const result = extractArticle(parsePage(html, url), { url });
  if (!result.ok) throw new Error(result.error.message);
  return result.article.takeaways;
}

async function takeawaysFor(line: InputLine): Promise<Takeaways> {
  const article = str(line.article);
  if (article !== null) {
    return { source: 'local', items: keySentences(article, { lang: str(line.lang) }) };
  }
  const html = str(line.html);
  if (html !== null) return fromHtml(html, str(line.url) ?? 'about:blank');
  throw new Error('line has neither "article" nor "html"');
}

export async function runTakeaways(args: string[]): Promise<number> {
  const [file, ...rest] = args;
  if (!file || rest.length > 0 || file.startsWith('-')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (e) {
    process.stderr.write(`cannot read ${file}: ${errorMessage(e)}\n${USAGE}\n`);
    return 2;
  }
  const lines = content.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]?.trim();
    if (!raw) continue;
    let id: unknown = `line-${i + 1}`;
    let out: Record<string, unknown>;
    try {
      const parsed = JSON.parse(raw) as InputLine;
      if (parsed === null || typeof parsed !== 'object') throw new Error('line is not a JSON object');
      if (parsed.id !== undefined) id = parsed.id;
      out = { id, takeaways: await takeawaysFor(parsed) };
    } catch (e) {
      out = { id, error: errorMessage(e) };
    }
    process.stdout.write(`${JSON.stringify(out)}\n`);
  }
  return 0;
}
