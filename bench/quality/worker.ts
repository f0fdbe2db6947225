// Child process of bench:quality: runs one system over the tasks given as JSON on stdin and writes
// one JSON line per page. A page that kills the process (jsdom/linkedom on real CSS can) is caught
// by the parent, which restarts a worker after it (pool.ts).
import { runSystem, type SystemName, type Task } from './systems';

const system = process.argv[2] as SystemName;
// stdout carries only results; extractors' console chatter goes to stderr, then nowhere.
console.log = console.info = console.warn = console.error = () => {};

let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', async () => {
  for (const task of JSON.parse(input) as Task[]) {
    const result = await runSystem(system, task);
    await new Promise<void>((done) => (process.stdout.write(`${JSON.stringify(result)}\n`) ? done() : process.stdout.once('drain', () => done())));
  }
});
