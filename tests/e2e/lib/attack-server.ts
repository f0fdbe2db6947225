// One local server for the attack corpus, reached under two names: 127.0.0.1 serves the article
// pages, evil.test (mapped to 127.0.0.1 by the browser: Chromium --host-resolver-rules, Firefox
// network.dns.localDomains) is the attacker, and every request to it is logged. Attacker URLs
// answer 204 No Content, so a navigation to one (meta refresh, form submit) leaves the page where
// it is and the same tab can then be read by the extension; /img/* answers a real PNG.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { attackPages, makeCtx, type AttackPage } from '../../fixtures/attack/pages';

export const EVIL_HOST = 'evil.test';
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

export interface EvilRequest {
  path: string;
  referer: string | null;
  at: number;
}

export interface AttackServer {
  origin: string;
  evilOrigin: string;
  pages: AttackPage[];
  pageUrl(name: string): string;
  /** Requests to evil.test so far, in arrival order. */
  log: EvilRequest[];
  close(): Promise<void>;
}

export async function startAttackServer(): Promise<AttackServer> {
  const log: EvilRequest[] = [];
  let pages: AttackPage[] = [];
  const server: Server = createServer((req, res) => {
    const host = (req.headers.host ?? '').split(':')[0];
    const path = req.url ?? '/';
    if (host === EVIL_HOST) {
      log.push({ path, referer: req.headers.referer ?? null, at: Date.now() });
      if (path.startsWith('/img/')) {
        res.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' });
        res.end(PNG);
      } else {
        res.writeHead(204, { 'cache-control': 'no-store' });
        res.end();
      }
      return;
    }
    const name = /^\/attack\/([\w-]+)$/.exec(path)?.[1];
    const page = pages.find((p) => p.name === name);
    res.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(page ? page.html : '<!doctype html><title>x</title><p>nothing here</p>');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const evilOrigin = `http://${EVIL_HOST}:${port}`;
  pages = attackPages(makeCtx(evilOrigin));
  return {
    origin,
    evilOrigin,
    pages,
    pageUrl: (name) => `${origin}/attack/${name}`,
    log,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
