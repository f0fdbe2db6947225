// Keep storage.sync in step while sync is on: a push a few seconds after local changes (debounced
// so a burst of saves is one or two write operations, well under 120 a minute), a retry after a
// rate-limit refusal, and a pull when another device changes sync.
import { isSavedKey } from '../../core/library/record';
import { browserAreas, type Areas } from './area';
import { Library } from './library-store';
import { LIBRARY_SETTINGS_KEY, readLibrarySettings } from './settings';
import { LibrarySync } from './sync';

export function keepSyncing(areas: Areas = browserAreas(), delayMs = 3000): void {
  const library = new Library({ area: areas.local, sanitize: (html) => html });
  const sync = new LibrarySync(library, areas.sync);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = (ms: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), ms);
  };
  const run = async () => {
    if (!(await readLibrarySettings(areas.local)).sync) return;
    const status = await sync.push();
    if (!status.ok && status.retry) schedule(60_000);
  };
  areas.local.onChanged.addListener((changes) => {
    if (Object.keys(changes).some((key) => isSavedKey(key) || key === LIBRARY_SETTINGS_KEY)) schedule(delayMs);
  });
  areas.sync.onChanged.addListener((changes) => {
    if (!Object.keys(changes).some(isSavedKey)) return;
    void readLibrarySettings(areas.local).then((s) => (s.sync ? sync.pull() : 0));
  });
}
