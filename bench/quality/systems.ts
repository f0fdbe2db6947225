// The three extractors bench:quality compares, each as a function from a page to its main text.
// Nutshell runs exactly as `nutshell extract` does (the CLI's extractFile); raw Readability is
// Readability.js 0.6.0 with default options over article.textContent; Defuddle 0.19.4 on linkedom.
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { extractPath, parsePage, readPage } from '../../src/cli/extract';
import { pageShape, type PageShape } from '../../src/core/extract/page-shape';
import { blockText } from '../../src/core/text/block-text';
import type { Rule, Rules } from '../../src/core/extract/beyond-readability';
import { removeBoilerplate } from '../../src/core/extract/boilerplate';

export type SystemName = 'readability' | 'nutshell' | 'defuddle';
export const SYSTEMS: SystemName[] = ['readability', 'nutshell', 'defuddle'];

export interface PageResult {
  id: string;
  text: string;
  /** Why no text came out, when none did: the failure kind (not-readerable, no-article, error, crash, timeout). */
  kind?: string;
  /** Nutshell only: what the rule decides on (of the forced result), and the old gate's answer. */
  shape?: PageShape;
  readerable?: boolean;
  ms: number;
}

export interface Task {
  id: string;
  file: string;
  url: string;
}

export async function runSystem(system: SystemName, task: Task): Promise<PageResult> {
  const start = performance.now();
  const done = (part: Omit<PageResult, 'id' | 'ms'>): PageResult => ({ id: task.id, ms: performance.now() - start, ...part });
  try {
    if (system === 'nutshell') return done(nutshell(task));
    const doc = parsePage(readPage(task.file), task.url);
    if (system === 'readability') {
      const parsed = new Readability(doc.cloneNode(true) as Document).parse();
      return parsed ? done({ text: parsed.textContent ?? '' }) : done({ text: '', kind: 'no-article' });
    }
    const { Defuddle } = await import('defuddle/node');
    const result = await Defuddle(doc, task.url, { markdown: false });
    const content = parseHTML(`<!doctype html><html><body>${result.content ?? ''}</body></html>`).document.body as unknown as Element;
    const text = blockText(content);
    return done(text ? { text } : { text: '', kind: 'no-article' });
  } catch {
    return done({ text: '', kind: 'error' });
  }
}

/** Forced (what "Show anyway" gives), with the shape the not-an-article rule reads. */
function nutshell(task: Task): Omit<PageResult, 'id' | 'ms'> {
  const forced = extractPath(task.file, task.url, { force: true, rules: rulesFromEnv() });
  const readerable = isProbablyReaderable(parsePage(readPage(task.file), task.url));
  if (!forced.ok) return { text: '', kind: forced.error.kind, readerable };
  // The rule's figures, computed on the forced article's HTML, the same tree the core measures.
  const { html, text } = forced.article;
  const content = parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as Element;
  return { text, shape: pageShape(content, text), readerable };
}

/** NUTSHELL_RULES="posts=off,…" (set by bench:quality --rules) switches rules off in the workers. */
function rulesFromEnv(): Rules {
  const rules: Rules = {};
  for (const part of (process.env.NUTSHELL_RULES ?? '').split(',')) {
    const [name, value] = part.split('=');
    if (name === 'boilerplate') rules.cleanup = value === 'off' ? undefined : removeBoilerplate;
    else if (name) rules[name as Rule] = value !== 'off';
  }
  return rules;
}
