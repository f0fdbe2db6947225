// A tiny static HTTP server on 127.0.0.1 (random port) for the end-to-end tests and the demo.
//   /corpus/<slug>/   → <pages>/<slug>/source.html (real pages; the vendored tests/fixtures/readability
//                        unless startServer is given another folder, e.g. the full corpus for benchmarks)
//   /pages/<name>     → hand-made pages from pages.ts (hostile, not-an-article, huge, …)
//   anything in `extra` (path → html) → that html (the demo serves its sample article this way)
// Any other request gets a plain 404. Corpus pages reference assets on their original hosts; those
// requests fail offline, which is fine: no test depends on them.
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { REPO_ROOT, VENDORED_PAGES } from '../../helpers/corpus';
import { handMadePages } from './pages';

export const projectRoot = REPO_ROOT;

export interface TestServer {
  origin: string; // e.g. http://127.0.0.1:41234
  corpusUrl(slug: string): string;
  pageUrl(name: keyof typeof handMadePages): string;
  close(): Promise<void>;
}

export async function startServer(extra: Record<string, string> = {}, pagesDir = VENDORED_PAGES): Promise<TestServer> {
  const server: Server = createServer((req, res) => {
    void respond(req.url ?? '/', extra, pagesDir).then(
      ({ status, body }) => {
        res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        res.end(body);
      },
      (err: unknown) => {
        res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(err));
      },
    );
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    corpusUrl: (slug) => `${origin}/corpus/${slug}/`,
    pageUrl: (name) => `${origin}/pages/${name}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

async function respond(rawUrl: string, extra: Record<string, string>, pagesDir: string): Promise<{ status: number; body: string }> {
  const path = new URL(rawUrl, 'http://x').pathname;
  if (path in extra) return { status: 200, body: extra[path]! };
  const corpus = /^\/corpus\/([\w-]+)\/$/.exec(path);
  if (corpus) {
    const file = resolve(pagesDir, corpus[1]!, 'source.html');
    if (existsSync(file)) return { status: 200, body: await readFile(file, 'utf8') };
    // Loud, not a silent 404 page that a test might read as "not an article".
    throw new Error(`${file} is missing: vendor the page into tests/fixtures/readability`);
  }
  const page = /^\/pages\/([\w-]+)$/.exec(path);
  if (page && page[1]! in handMadePages) {
    return { status: 200, body: handMadePages[page[1] as keyof typeof handMadePages]() };
  }
  return { status: 404, body: 'not found' };
}
