// A private X server for headed Chromium, and xdotool to press real keys in it. Real key presses
// are the only way automation fires extension `commands` (and so grants activeTab); Playwright's
// keyboard.press goes to the page and never reaches the browser's shortcut handling.
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface Xvfb {
  display: string; // ":93"
  /** Runs xdotool against this display; returns trimmed stdout. */
  xdotool(...args: string[]): Promise<string>;
  stop(): Promise<void>;
}

function isFree(n: number): boolean {
  return !existsSync(`/tmp/.X${n}-lock`) && !existsSync(`/tmp/.X11-unix/X${n}`);
}

export async function startXvfb(size = '1280x900x24'): Promise<Xvfb> {
  // Start from a random high number so parallel sessions on one machine rarely race for a display.
  const start = 90 + Math.floor(Math.random() * 300);
  for (let n = start; n < start + 50; n++) {
    if (!isFree(n)) continue;
    const proc: ChildProcess = spawn('Xvfb', [`:${n}`, '-screen', '0', size, '-nolisten', 'tcp'], { stdio: 'ignore' });
    const exited = new Promise<void>((ok) => proc.once('exit', () => ok()));
    const alive = () => proc.exitCode === null && proc.signalCode === null;
    // Ready when its socket appears; if it exits first (display taken meanwhile), try the next one.
    for (let i = 0; i < 100 && alive() && !existsSync(`/tmp/.X11-unix/X${n}`); i++) {
      await new Promise((r) => setTimeout(r, 50));
    }
    if (!alive() || !existsSync(`/tmp/.X11-unix/X${n}`)) {
      proc.kill();
      continue;
    }
    const display = `:${n}`;
    return {
      display,
      async xdotool(...args) {
        const { stdout } = await run('xdotool', args, { env: { ...process.env, DISPLAY: display }, timeout: 20_000 });
        return stdout.trim();
      },
      async stop() {
        if (alive()) {
          proc.kill('SIGTERM');
          await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
          if (alive()) proc.kill('SIGKILL');
        }
      },
    };
  }
  throw new Error('no free X display found for Xvfb');
}
