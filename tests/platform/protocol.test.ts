import { describe, expect, it } from 'vitest';
import type browser from 'webextension-polyfill';
import { call, handlerFor, serve, type Handlers } from '../../src/platform/protocol';

type Listener = (message: unknown, sender: browser.Runtime.MessageSender) => Promise<unknown> | undefined;

/** A runtime whose sendMessage delivers to the listeners registered through serve(), as the browser does. */
function loopbackRuntime(id = 'nutshell-id') {
  const listeners: Listener[] = [];
  return {
    id,
    onMessage: { addListener: (l: Listener) => listeners.push(l) },
    sendMessage: async (message: unknown, sender: browser.Runtime.MessageSender = { id }) => {
      for (const l of listeners) {
        const reply = l(message, sender);
        if (reply) return reply;
      }
      return undefined;
    },
  };
}

const opened: number[] = [];
const handlers: Handlers = {
  openReader: async ({ tabId }) => {
    if (tabId !== 7) {
      opened.push(tabId);
      return;
    }
    const error = new Error('No tab with id: 7');
    error.name = 'TabError';
    throw error;
  },
};

describe('protocol', () => {
  it('answers a typed call with the handler value', async () => {
    const runtime = loopbackRuntime();
    serve(handlers, runtime as never);
    opened.length = 0;
    await expect(call('openReader', { tabId: 3 }, runtime as never)).resolves.toBeUndefined();
    expect(opened).toEqual([3]);
  });

  it('rethrows a handler error on the calling side with its name and message', async () => {
    const runtime = loopbackRuntime();
    serve(handlers, runtime as never);
    const error = await call('openReader', { tabId: 7 }, runtime as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('TabError');
    expect((error as Error).message).toBe('No tab with id: 7');
  });

  it('refuses prototype keys and non-envelopes: no handler, no answer', async () => {
    const table = new Map(Object.entries(handlers) as [string, (p: unknown) => Promise<unknown>][]);
    for (const method of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      expect(handlerFor(table, { nutshell: method, params: {} })).toBeUndefined();
    }
    expect(handlerFor(table, null)).toBeUndefined();
    expect(handlerFor(table, 'openReader')).toBeUndefined();
    expect(handlerFor(table, { nutshell: 'extract' })).toBeUndefined(); // extraction no longer goes through the background
    expect(handlerFor(table, { nutshell: 42 })).toBeUndefined();
    expect(handlerFor(table, { nutshell: 'openReader' })).toBe(table.get('openReader'));

    const runtime = loopbackRuntime();
    serve(handlers, runtime as never);
    await expect(runtime.sendMessage({ nutshell: 'constructor', params: {} })).resolves.toBeUndefined();
  });

  it('ignores messages from other extensions', async () => {
    const runtime = loopbackRuntime();
    serve(handlers, runtime as never);
    await expect(runtime.sendMessage({ nutshell: 'openReader', params: { tabId: 1 } }, { id: 'someone-else' })).resolves.toBeUndefined();
    expect(opened).not.toContain(1);
  });

  it('says which method went unanswered', async () => {
    const silent = { ...loopbackRuntime(), sendMessage: async () => undefined };
    await expect(call('openReader', { tabId: 1 }, silent as never)).rejects.toThrow('did not answer "openReader"');
  });
});
