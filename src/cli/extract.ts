// `nutshell extract [--url URL] [--strict] PATH...`: the extension's extraction over saved HTML
// pages, as a reader's click runs it, one JSON line per page on stdout and nothing else there.
// A page that fails becomes {"file","error","kind"} and the run goes on; only wrong arguments stop
// it (usage on stderr, exit code 2). Held-out benchmark checks run through this command: `text` is
// the article's text without the title, and `file` keeps the path as given so ids come from it.
//
// Pages are parsed with linkedom, not jsdom: jsdom's CSS parser can throw an uncaught exception on
// real pages' styles and kill the whole run. linkedom's parser is not the HTML standard's tree
// builder, though: on 60 of wcxb-dev's 1,347 pages it left a <script> before <head>, content after
// </body> or a second <head> (and its `body` getter then adds one more <head>, which made
// Readability find nothing on a page it reads in a browser). So the page goes through parse5, the
// standard's algorithm (jsdom's parser), and linkedom builds its DOM from parse5's serialisation:
// the tree a browser builds.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { parse as parseStandard, serialize } from 'parse5';
import { errorMessage } from '../core/errors';
import { extractArticle, type ExtractOptions } from '../core/extract-article';
import { decodePage } from '../core/extract/charset';
import type { ExtractResult } from '../core/types';
import { placeStreamedParts } from './streamed';

const USAGE = `usage: nutshell extract [--url URL] [--strict] PATH...
  PATH      an HTML file (.html, or .html.gz gunzipped), or a folder (every *.html and
            *.html.gz directly in it, sorted)
  --url     the page's URL, for a single file (default: file:// + its absolute path)
  --strict  refuse pages Readability's isProbablyReaderable() says no to, before extracting
            (the old gate; by default a page is extracted, as on a reader's click)`;

interface Args {
  url: string | null;
  strict: boolean;
  files: string[];
}

const PAGE = /\.html(\.gz)?$/i;

export async function runExtract(args: string[]): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    process.stderr.write(`nutshell extract: ${parsed}\n${USAGE}\n`);
    return 2;
  }
  // stdout belongs to the JSON lines: any library chatter goes to stderr instead.
  const log = console.log;
  const info = console.info;
  console.log = console.info = (...data: unknown[]) => console.error(...data);
  try {
    for (const file of parsed.files) {
      const url = parsed.url ?? pathToFileURL(resolve(file)).href;
      await writeLine(extractFile(file, url, { strict: parsed.strict }));
    }
  } finally {
    console.log = log;
    console.info = info;
  }
  return 0;
}

function parseArgs(args: string[]): Args | string {
  let url: string | null = null;
  let strict = false;
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--url' || arg.startsWith('--url=')) {
      const value = arg === '--url' ? args[++i] : arg.slice('--url='.length);
      if (!value) return '--url needs a value';
      try {
        url = new URL(value).href;
      } catch {
        return `not a valid URL: ${value}`;
      }
    } else if (arg === '--strict') {
      strict = true;
    } else if (arg === '--') {
      paths.push(...args.slice(i + 1));
      break;
    } else if (arg.startsWith('-') && arg !== '-') {
      return `unknown option ${arg}`;
    } else {
      paths.push(arg);
    }
  }
  if (!paths.length) return 'no PATH given';
  const files: string[] = [];
  for (const path of paths) {
    let stat;
    try {
      stat = statSync(path);
    } catch {
      return `no such file or folder: ${path}`;
    }
    if (stat.isDirectory()) {
      const names = readdirSync(path, { withFileTypes: true })
        .filter((entry) => entry.isFile() && PAGE.test(entry.name))
        .map((entry) => entry.name)
        .sort();
      files.push(...names.map((name) => join(path, name)));
    } else {
      files.push(path);
    }
  }
  if (url && files.length !== 1) return `--url applies to a single file, but ${files.length} were given`;
  return { url, strict, files };
}

export type Line = Record<string, unknown>;

/** One page as the command prints it; never throws (a broken file is an 'error' line). */
export function extractFile(file: string, url: string, options: { strict?: boolean; force?: boolean } = {}): Line {
  try {
    const result = extractPath(file, url, options);
    if (!result.ok) return { file, error: result.error.message, kind: result.error.kind };
    const { title, byline, siteName, lang, text, takeaways } = result.article;
    return { file, url, title, byline, siteName, lang, text, takeaways: { source: takeaways.source, items: takeaways.items, ...(takeaways.box ? { box: takeaways.box } : {}) } };
  } catch (error) {
    return { file, error: errorMessage(error), kind: 'error' };
  }
}

export function extractPath(file: string, url: string, options: Omit<ExtractOptions, 'url'> = {}): ExtractResult {
  return extractArticle(parsePage(readPage(file), url), { url, ...options });
}

/** The page's bytes; `.gz` files (as WCXB ships its pages) are gunzipped. */
export function readPage(file: string): Buffer {
  const bytes = readFileSync(file);
  return /\.gz$/i.test(file) ? gunzipSync(bytes) : bytes;
}

function writeLine(line: Line): Promise<void> {
  return new Promise((done) => {
    if (process.stdout.write(`${JSON.stringify(line)}\n`)) done();
    else process.stdout.once('drain', done);
  });
}

/**
 * Decode as UTF-8 when the bytes are UTF-8 (saved pages often keep a stale <meta charset>),
 * otherwise by the declared charset, falling back to windows-1252 as browsers do.
 */
export function decodeFile(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodePage(bytes, null, 'windows-1252');
  }
}

/**
 * A linkedom document that knows its URL, so Readability resolves relative links and images, with
 * the parts a streaming server sent late moved into place as the page's own scripts would have.
 */
export function parsePage(bytes: Uint8Array | string, url: string): Document {
  const html = serialize(parseStandard(typeof bytes === 'string' ? bytes : decodeFile(bytes)));
  const doc = parseHTML(html).document as unknown as Document;
  setDocumentUrl(doc, url);
  placeStreamedParts(doc);
  return doc;
}

/**
 * linkedom has no document URL: baseURI comes from a raw <base href> or the global `location`,
 * documentURI is undefined, and cloneNode() drops whatever was set. Readability reads baseURI and
 * documentURI from the CLONE it parses, so the clone gets the same properties.
 */
export function setDocumentUrl(doc: Document, url: string): void {
  const baseURI = (): string => {
    const href = doc.querySelector('base[href]')?.getAttribute('href');
    try {
      return href ? new URL(href, url).href : url;
    } catch {
      return url;
    }
  };
  const clone = doc.cloneNode.bind(doc);
  Object.defineProperties(doc, {
    URL: { value: url, configurable: true },
    documentURI: { value: url, configurable: true },
    baseURI: { get: baseURI, configurable: true },
    cloneNode: {
      value: (deep?: boolean): Node => {
        const copy = clone(deep);
        if (copy.nodeType === 9) setDocumentUrl(copy as Document, url);
        return copy;
      },
      configurable: true,
    },
  });
}
