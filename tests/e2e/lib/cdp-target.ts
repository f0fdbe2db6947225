// A minimal raw-CDP client for one page target. Why: the real action popup (opened by the
// _execute_action shortcut) is a CDP target of type "page", but Playwright's connectOverCDP does
// not list it among its pages (verified with Chromium 156), so we talk to it directly.
import WebSocket from 'ws';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

interface TargetInfo {
  type: string;
  url: string;
  webSocketDebuggerUrl?: string;
}

export interface CdpTarget {
  url: string;
  /** Evaluates a JS expression (awaiting promises) and returns its JSON value. */
  evaluate<T>(expression: string): Promise<T>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

/** Polls http://127.0.0.1:port/json/list until a target with exactly `url` shows up. */
export async function findTarget(port: number, url: string, timeoutMs = 20_000): Promise<CdpTarget> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const list = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as TargetInfo[];
    const hit = list.find((t) => t.url === url && t.webSocketDebuggerUrl);
    if (hit) return connect(hit.url, hit.webSocketDebuggerUrl!);
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} never appeared among the CDP targets`);
}

async function connect(url: string, wsUrl: string): Promise<CdpTarget> {
  const socket = new WebSocket(wsUrl, { perMessageDeflate: false });
  await new Promise<void>((ok, fail) => {
    socket.once('open', () => ok());
    socket.once('error', fail);
  });
  let nextId = 1;
  const pending = new Map<number, { ok: (v: unknown) => void; fail: (e: Error) => void }>();
  socket.on('message', (data) => {
    const msg = JSON.parse(String(data)) as { id?: number; result?: unknown; error?: { message: string } };
    const waiter = msg.id === undefined ? undefined : pending.get(msg.id);
    if (!waiter) return;
    pending.delete(msg.id!);
    if (msg.error) waiter.fail(new Error(msg.error.message));
    else waiter.ok(msg.result);
  });
  const send = <T>(method: string, params: object = {}) =>
    new Promise<T>((ok, fail) => {
      const id = nextId++;
      pending.set(id, { ok: ok as (v: unknown) => void, fail });
      socket.send(JSON.stringify({ id, method, params }));
    });

  return {
    url,
    async evaluate<T>(expression: string) {
      const reply = await send<{ result: { value: T }; exceptionDetails?: { text: string; exception?: { description?: string } } }>(
        'Runtime.evaluate',
        { expression, awaitPromise: true, returnByValue: true },
      );
      if (reply.exceptionDetails) {
        throw new Error(reply.exceptionDetails.exception?.description ?? reply.exceptionDetails.text);
      }
      return reply.result.value;
    },
    async screenshot(path) {
      const { data } = await send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, Buffer.from(data, 'base64'));
    },
    async close() {
      socket.close();
    },
  };
}
