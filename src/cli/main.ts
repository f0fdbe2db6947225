// `npm run -s nutshell -- <command> …`: the command line over the same core the extension runs.
// stdout carries only JSON lines; usage errors go to stderr with exit code 2.
import { speakEnglish } from '../core/i18n/english';
import { runExtract } from './extract';
import { runTakeaways } from './takeaways';

const USAGE = `usage:
  nutshell extract [--url URL] PATH...     one JSON line per HTML page (a PATH may be a folder)
  nutshell takeaways FILE.jsonl            one JSON line {id, takeaways} per input line`;

const commands: Record<string, (args: string[]) => Promise<number>> = {
  extract: runExtract,
  takeaways: runTakeaways,
};

// The CLI speaks English, from the same _locales/en/messages.json as the English UI.
speakEnglish();

const [name, ...args] = process.argv.slice(2);
const command = name ? commands[name] : undefined;
if (!command) {
  process.stderr.write(`${USAGE}\n`);
  process.exitCode = 2;
} else {
  process.exitCode = await command(args);
}
