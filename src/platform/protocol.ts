// The ONE typed message map between extension pages and the background. Handlers return
// promises; errors cross the boundary as data and are rethrown on the calling side.
import browser from 'webextension-polyfill';
import type { ExtractResult } from '../core/types';

export interface Protocol {
  /** Inject the extractor into tab `tabId` and return its article or a typed failure. */
  extract(params: { tabId: number; force: boolean }): ExtractResult;
  /** Open the full-tab reader for tab `tabId`, next to it. */
  openReader(params: { tabId: number }): void;
}

export type Method = keyof Protocol;
type Params<M extends Method> = Parameters<Protocol[M]>[0];
type Result<M extends Method> = ReturnType<Protocol[M]>;
type Envelope = { nutshell: Method; params: unknown };
type Reply = { ok: true; value: unknown } | { ok: false; error: string };

export type Handlers = { [M in Method]: (params: Params<M>) => Promise<Result<M>> };

export async function call<M extends Method>(method: M, params: Params<M>): Promise<Result<M>> {
  const reply = (await browser.runtime.sendMessage({ nutshell: method, params } satisfies Envelope)) as Reply | undefined;
  if (!reply) throw new Error(`Nutshell's background did not answer "${method}".`);
  if (!reply.ok) throw new Error(reply.error);
  return reply.value as Result<M>;
}

function isEnvelope(message: unknown): message is Envelope {
  return typeof message === 'object' && message !== null && typeof (message as Envelope).nutshell === 'string';
}

export function serve(handlers: Handlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender): Promise<Reply> | undefined => {
    // Only our own pages talk to us (a content script of ours never sends messages).
    if (!isEnvelope(message) || sender.id !== browser.runtime.id || !(message.nutshell in handlers)) return undefined;
    const handler = handlers[message.nutshell] as (params: unknown) => Promise<unknown>;
    return handler(message.params).then(
      (value): Reply => ({ ok: true, value }),
      (error: unknown): Reply => ({ ok: false, error: error instanceof Error ? error.message : String(error) }),
    );
  });
}
