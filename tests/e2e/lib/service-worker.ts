// Stops the extension's service worker the way Chrome does when it is idle, over the browser's
// own CDP endpoint (the browser must be launched with --remote-debugging-port=0).
// ServiceWorker.* is a per-page domain: Playwright's page sessions do not expose it here
// ("'ServiceWorker.stopAllWorkers' wasn't found", Chromium 156), but a flat session attached to
// any page target over the raw endpoint does. The worker restarts on its next event.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import WebSocket from 'ws';
import type { ExtensionBrowser } from './chromium';

type Reply = { id?: number; result?: Record<string, unknown>; error?: { message: string } };
type TargetInfo = { targetId: string; type: string; url: string };

export async function stopServiceWorkers(b: ExtensionBrowser): Promise<void> {
  const [port, path] = readFileSync(join(b.userDataDir, 'DevToolsActivePort'), 'utf8').split('\n');
  const socket = new WebSocket(`ws://127.0.0.1:${port}${path}`, { perMessageDeflate: false });
  await new Promise<void>((ok, fail) => (socket.once('open', () => ok()), socket.once('error', fail)));
  let id = 0;
  const send = (method: string, params: object = {}, sessionId?: string) =>
    new Promise<Record<string, unknown>>((ok, fail) => {
      const mine = ++id;
      const onMessage = (data: WebSocket.RawData) => {
        const msg = JSON.parse(String(data)) as Reply;
        if (msg.id !== mine) return;
        socket.off('message', onMessage);
        if (msg.error) fail(new Error(`${method}: ${msg.error.message}`));
        else ok(msg.result ?? {});
      };
      socket.on('message', onMessage);
      socket.send(JSON.stringify({ id: mine, method, params, sessionId }));
    });
  const workers = async () => {
    const { targetInfos } = (await send('Target.getTargets')) as { targetInfos: TargetInfo[] };
    return { targetInfos, ours: targetInfos.filter((t) => t.type === 'service_worker' && t.url.includes(b.extensionId)) };
  };
  try {
    const { targetInfos } = await workers();
    const page = targetInfos.find((t) => t.type === 'page');
    if (!page) throw new Error('no page target to attach to');
    const { sessionId } = (await send('Target.attachToTarget', { targetId: page.targetId, flatten: true })) as { sessionId: string };
    await send('ServiceWorker.enable', {}, sessionId);
    await send('ServiceWorker.stopAllWorkers', {}, sessionId);
    // Stopping is asynchronous: wait until the worker's target is gone.
    for (let i = 0; i < 50 && (await workers()).ours.length; i++) await new Promise((r) => setTimeout(r, 100));
    if ((await workers()).ours.length) throw new Error('the service worker is still running');
  } finally {
    socket.close();
  }
}
