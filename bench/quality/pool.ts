// Runs a system over many pages in child processes that may die: a crash or a page that hangs
// (no output for PAGE_TIMEOUT_MS) marks that page as failed and a new child takes the rest.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { PageResult, SystemName, Task } from './systems';

const WORKER = fileURLToPath(new URL('./worker.ts', import.meta.url));
const TSX = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
const PAGE_TIMEOUT_MS = 60_000;

export async function runPool(system: SystemName, tasks: Task[], workers: number, onResult?: (done: number) => void): Promise<Map<string, PageResult>> {
  const results = new Map<string, PageResult>();
  const chunks: Task[][] = Array.from({ length: workers }, () => []);
  tasks.forEach((task, i) => chunks[i % workers]?.push(task));
  await Promise.all(chunks.map(async (chunk) => {
    let rest = chunk;
    while (rest.length) {
      const { done, killed } = await runChild(system, rest, (result) => {
        results.set(result.id, result);
        onResult?.(results.size);
      });
      const failed = rest[done];
      if (failed) results.set(failed.id, { id: failed.id, text: '', kind: killed ? 'timeout' : 'crash', ms: 0 });
      rest = rest.slice(done + 1);
    }
  }));
  return results;
}

/** Resolves with how many tasks the child finished before it ended, and whether it hung. */
function runChild(system: SystemName, tasks: Task[], onResult: (result: PageResult) => void): Promise<{ done: number; killed: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(TSX, [WORKER, system], { stdio: ['pipe', 'pipe', 'ignore'] });
    let done = 0;
    let buffer = '';
    let killed = false;
    const kill = () => {
      killed = true;
      child.kill('SIGKILL');
    };
    let timer = setTimeout(kill, PAGE_TIMEOUT_MS * 2);
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffer += chunk;
      let newline;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, newline);
        buffer = buffer.slice(newline + 1);
        if (!line) continue;
        onResult(JSON.parse(line) as PageResult);
        done++;
        clearTimeout(timer);
        timer = setTimeout(kill, PAGE_TIMEOUT_MS);
      }
    });
    child.on('close', () => {
      clearTimeout(timer);
      resolve({ done, killed });
    });
    child.stdin.end(JSON.stringify(tasks));
  });
}
