// Drives Debian's firefox-esr over WebDriver BiDi, which Firefox speaks natively: Debian ships no
// geckodriver and Playwright cannot drive a stock Firefox, so this small client is all we need.
//   launchFirefox() → headless Firefox on a throw-away profile, BiDi session open.
//   Bidi.send()     → one command, awaited by id; protocol errors reject with their message.
//   Bidi.on()       → events (after session.subscribe), e.g. log.entryAdded for console errors.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';

type Json = Record<string, unknown>;
type Pending = { resolve: (v: Json) => void; reject: (e: Error) => void; method: string };

export class Bidi {
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private listeners = new Map<string, Set<(params: Json) => void>>();

  constructor(private ws: WebSocket) {
    ws.on('message', (data) => this.dispatch(JSON.parse(String(data)) as Json));
    ws.on('close', () => {
      for (const p of this.pending.values()) p.reject(new Error(`BiDi socket closed during ${p.method}`));
      this.pending.clear();
    });
  }

  send<T = Json>(method: string, params: Json = {}, timeoutMs = 30_000): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      // Guards a hang only: a command that never answers would otherwise stall the whole suite.
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`BiDi ${method} timed out after ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, {
        method,
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v as T);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      });
      this.ws.send(JSON.stringify({ id, method, params }));
    });
  }

  on(event: string, fn: (params: Json) => void): () => void {
    const set = this.listeners.get(event) ?? new Set();
    set.add(fn);
    this.listeners.set(event, set);
    return () => set.delete(fn);
  }

  /**
   * Evaluates `expression` (may await) in a browsing context and returns its JSON value.
   * The value crosses as a JSON string: BiDi's own remote-value encoding is verbose to unpack.
   */
  async evaluate<T>(context: string, expression: string, timeoutMs = 30_000): Promise<T> {
    const r = await this.send<{ type: string; result?: { value?: string }; exceptionDetails?: { text: string } }>(
      'script.evaluate',
      {
        expression: `(async () => JSON.stringify(await (async () => (${expression}))() ?? null))()`,
        target: { context },
        awaitPromise: true,
      },
      timeoutMs,
    );
    if (r.type === 'exception') throw new Error(`evaluate failed: ${r.exceptionDetails?.text}\n  in: ${expression}`);
    return JSON.parse(r.result?.value ?? 'null') as T;
  }

  /** Polls `expression` until it returns a truthy value (page state we cannot get an event for). */
  async waitFor<T>(context: string, expression: string, timeoutMs = 20_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let last: unknown;
    for (;;) {
      try {
        last = await this.evaluate<T>(context, expression, 5_000);
        if (last) return last as T;
      } catch (e) {
        // A navigation in flight destroys the realm under us; try again on the next document.
        last = e;
      }
      if (Date.now() > deadline) throw new Error(`waitFor timed out: ${expression}\n  last: ${String(last)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  close(): void {
    this.ws.close();
  }

  private dispatch(msg: Json): void {
    if (typeof msg.id === 'number') {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (msg.type === 'error') p.reject(new Error(`BiDi ${p.method}: ${String(msg.error)}: ${String(msg.message)}`));
      else p.resolve(msg.result as Json);
    } else if (msg.type === 'event' && typeof msg.method === 'string') {
      for (const fn of this.listeners.get(msg.method) ?? []) fn(msg.params as Json);
    }
  }
}

export interface Firefox {
  bidi: Bidi;
  /** Everything Firefox printed: console.* of pages and extension (see prefs below) and crashes. */
  output: string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  prefs?: Record<string, string | number | boolean>;
  binary?: string;
}

/** Prefs every run needs: quiet, offline-friendly, and console output we can read on failure. */
const basePrefs: Record<string, string | number | boolean> = {
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.aboutwelcome.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'app.update.disabledForTesting': true,
  'extensions.update.enabled': false,
  'extensions.getAddons.cache.enabled': false,
  // No network here: these services only log sync failures that would bury real errors.
  'messaging-system.rsexperimentloader.enabled': false,
  'app.normandy.enabled': false,
  // Corpus pages pull scripts and iframes from their original hosts. Offline, each of those waits
  // for DNS to fail (a page took 26 s to load). A proxy on a port where nothing listens makes them
  // fail at once; 127.0.0.1 (the test server) bypasses the proxy.
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.no_proxies_on': '',
  'network.proxy.allow_hijacking_localhost': false,
  // Copies console.* of web pages and of extension pages (background included) to stdout, so
  // errors in contexts BiDi does not list (the background page) still reach the test log.
  'devtools.console.stdout.content': true,
  'devtools.console.stdout.chrome': true,
};

export async function launchFirefox(opts: LaunchOptions = {}): Promise<Firefox> {
  const profile = mkdtempSync(join(tmpdir(), 'nutshell-ff-'));
  const prefs = { ...basePrefs, ...opts.prefs };
  writeFileSync(
    join(profile, 'user.js'),
    Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`).join('\n'),
  );
  const child: ChildProcess = spawn(
    opts.binary ?? 'firefox-esr',
    ['--headless', '--no-remote', '--remote-debugging-port', '0', '--profile', profile],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' } },
  );
  const output: string[] = [];
  // If the test runner itself dies, do not leave a headless Firefox behind.
  const killOnExit = (): void => void child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const cleanup = async (): Promise<void> => {
    process.off('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      // Firefox normally exits within a second; SIGKILL only if it hangs on shutdown.
      const t = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(t);
    }
    rmSync(profile, { recursive: true, force: true });
  };

  try {
    const wsUrl = await new Promise<string>((resolve, reject) => {
      // Startup takes 5 s on an idle 2-core box and over 20 s on a busy one; 60 s means stuck.
      const timer = setTimeout(() => reject(new Error(`Firefox did not start BiDi:\n${output.join('')}`)), 60_000);
      const onData = (chunk: Buffer): void => {
        output.push(String(chunk));
        const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(output.join(''));
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      };
      child.stdout!.on('data', (c: Buffer) => output.push(String(c)));
      child.stderr!.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`Firefox exited (${code}):\n${output.join('')}`));
      });
      child.once('error', reject);
    });
    // A BiDi-only client (no WebDriver classic session) talks to the /session endpoint.
    const ws = new WebSocket(`${wsUrl}/session`);
    await new Promise<void>((ok, fail) => (ws.once('open', () => ok()), ws.once('error', fail)));
    const bidi = new Bidi(ws);
    await bidi.send('session.new', { capabilities: {} });
    return {
      bidi,
      output,
      close: async () => {
        try {
          await bidi.send('session.end', {}, 3_000);
        } catch {
          // Firefox may already be gone; the kill below is what matters.
        }
        bidi.close();
        await cleanup();
      },
    };
  } catch (e) {
    await cleanup();
    throw e;
  }
}
