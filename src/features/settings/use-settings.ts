// The reading settings of this view: loaded from storage.sync, painted at once, and kept in step
// with every other open Nutshell view (and the reader's other devices) through storage.onChanged.
import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, validateSettings, type Settings } from '../../core/settings/schema';
import { settingsStore, type SettingsStore } from '../../platform/settings-store';
import { applySettings } from './apply-settings';

/** Sliders fire an input event per pixel; storage.sync allows 120 writes a minute. */
const SAVE_DELAY_MS = 250;

export interface SettingsState {
  settings: Settings;
  /** False until the stored settings have been read (the defaults are painted meanwhile). */
  loaded: boolean;
  update(patch: Partial<Settings>): void;
  /** Last write's error, shown next to the panel. */
  error: string | null;
}

let defaultStore: SettingsStore | undefined;

export function useSettings(store: SettingsStore = (defaultStore ??= settingsStore()), doc: Document = document): SettingsState {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef<Settings>(DEFAULT_SETTINGS);
  // Our own writes come back through onChanged, possibly after a newer local change: those echoes
  // (and anything arriving while our own write is pending) must not undo what the reader just did.
  const ownWrites = useRef<string[]>([]);

  useEffect(() => {
    let live = true;
    const show = (s: Settings) => {
      latest.current = s;
      applySettings(doc, s);
      setSettings(s);
    };
    applySettings(doc, DEFAULT_SETTINGS);
    // Subscribe first so a change made while loading is not lost.
    const stop = store.watch((s) => {
      if (!live || timer.current !== undefined || ownWrites.current.includes(JSON.stringify(s))) return;
      show(s);
    });
    void store.load().then((s) => {
      if (!live) return;
      show(s);
      setLoaded(true);
    });
    return () => {
      live = false;
      stop();
      clearTimeout(timer.current);
    };
  }, [store, doc]);

  const update = (patch: Partial<Settings>) => {
    const next = { ...latest.current, ...patch };
    latest.current = next;
    applySettings(doc, next);
    setSettings(next);
    clearTimeout(timer.current);
    // Save what THIS change produced: a change from another view arriving meanwhile must not
    // be written back over the reader's own latest choice (nor theirs be lost: next builds on it).
    timer.current = setTimeout(() => {
      timer.current = undefined;
      ownWrites.current = [...ownWrites.current.slice(-4), JSON.stringify(validateSettings(next))];
      store.save(next).then(() => setError(null), (e: unknown) => setError(String(e instanceof Error ? e.message : e)));
    }, SAVE_DELAY_MS);
  };

  return { settings, loaded, update, error };
}
