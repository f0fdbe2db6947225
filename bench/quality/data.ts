// The benchmark folders bench:quality reads: WCXB's layout (html/<id>.html[.gz] and
// ground-truth/<id>.json) and the scrapinghub article-extraction-benchmark's (html/<id>.html[.gz]
// and one ground-truth.json {id: {articleBody, url?}}).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Task } from './systems';

export interface Page extends Task {
  type: string;
  host: string;
  reference: string;
  with: string[];
  without: string[];
}

interface WcxbTruth {
  url: string;
  _internal?: { page_type?: { primary?: string } };
  ground_truth: { main_content?: string; with?: string[]; without?: string[] };
}

export function loadWcxb(dir: string): Page[] {
  const files = htmlFiles(join(dir, 'html'));
  return [...files].sort(([a], [b]) => a.localeCompare(b)).flatMap(([id, file]) => {
    const truthFile = join(dir, 'ground-truth', `${id}.json`);
    if (!existsSync(truthFile)) return [];
    const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as WcxbTruth;
    const g = truth.ground_truth;
    return [{ id, file, url: truth.url, host: hostOf(truth.url), type: truth._internal?.page_type?.primary ?? 'unknown',
      reference: g.main_content ?? '', with: g.with ?? [], without: g.without ?? [] }];
  });
}

export function loadScrapinghub(dir: string): Page[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody?: string; url?: string }>;
  const files = htmlFiles(join(dir, 'html'));
  return Object.entries(truth).flatMap(([id, entry]) => {
    const file = files.get(id);
    if (!file) return [];
    const url = entry.url ?? `https://${id}.example/`;
    return [{ id, file, url, host: hostOf(url), type: 'article', reference: entry.articleBody ?? '', with: [], without: [] }];
  });
}

/** id → file for every <id>.html and <id>.html.gz in the folder. */
function htmlFiles(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of readdirSync(dir)) {
    const match = /^(.+)\.html(\.gz)?$/i.exec(name);
    if (match?.[1]) out.set(match[1], join(dir, name));
  }
  return out;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** Two halves by host, seeded: every page of a site lands in the same half. */
export function half(host: string, seed = 'nutshell-issue-11'): 'A' | 'B' {
  let h = 0x811c9dc5;
  for (const ch of `${seed}:${host}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0;
  return h & 1 ? 'B' : 'A';
}
