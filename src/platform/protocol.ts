// The ONE typed message map between extension pages and the background. Handlers return
// promises; errors cross the boundary as data ({name, message}) and are rethrown on the calling side.
import browser from 'webextension-polyfill';
import { fromErrorData, toErrorData, type ErrorData } from '../core/errors';
import { MESSAGES } from '../core/messages';

// Extraction is not here: the popup and the reader inject and call the extractor themselves
// (platform/tabs.ts), so the article crosses one boundary and no service worker has to wake up.
export interface Protocol {
  /** Open the full-tab reader for tab `tabId`, next to it. */
  openReader(params: { tabId: number }): void;
}

export type Method = keyof Protocol;
type Params<M extends Method> = Parameters<Protocol[M]>[0];
type Result<M extends Method> = ReturnType<Protocol[M]>;
export type Envelope = { nutshell: Method; params: unknown };
export type Reply = { ok: true; value: unknown } | { ok: false; error: ErrorData };

export type Handlers = { [M in Method]: (params: Params<M>) => Promise<Result<M>> };

type Runtime = Pick<typeof browser.runtime, 'sendMessage' | 'onMessage' | 'id'>;

export async function call<M extends Method>(method: M, params: Params<M>, runtime: Runtime = browser.runtime): Promise<Result<M>> {
  const reply = (await runtime.sendMessage({ nutshell: method, params } satisfies Envelope)) as Reply | undefined;
  if (!reply) throw new Error(MESSAGES.noAnswer(method));
  if (!reply.ok) throw fromErrorData(reply.error);
  return reply.value as Result<M>;
}

/**
 * The handler for a message, or undefined when it is not one of ours. A Map, not `method in
 * handlers`: a message naming "constructor" or "__proto__" must find nothing.
 */
export function handlerFor(handlers: ReadonlyMap<string, (params: unknown) => Promise<unknown>>, message: unknown) {
  if (typeof message !== 'object' || message === null) return undefined;
  const method = (message as Partial<Envelope>).nutshell;
  return typeof method === 'string' ? handlers.get(method) : undefined;
}

export function serve(handlers: Handlers, runtime: Runtime = browser.runtime): void {
  const table = new Map(Object.entries(handlers) as [string, (params: unknown) => Promise<unknown>][]);
  runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender): Promise<Reply> | undefined => {
    // Only our own pages talk to us (a content script of ours never sends messages).
    const handler = sender.id === runtime.id ? handlerFor(table, message) : undefined;
    if (!handler) return undefined;
    return handler((message as Envelope).params).then(
      (value): Reply => ({ ok: true, value }),
      (error: unknown): Reply => ({ ok: false, error: toErrorData(error) }),
    );
  });
}
