// The saved state of the shown takeaways, always derived from storage: the stored record (read
// once, then followed through storage.onChanged, so another view or window's change shows at once)
// compared with what is on screen. So switching to AI key points or editing an item after Save
// shows "Update saved takeaways", never a stale "Saved" (issue 9, bug 1); and a page saved
// earlier shows the stored items and their date, never replaced unseen (bug 2).
import { errorMessage } from '../../core/errors';
import { t } from '../../platform/i18n';
import { useEffect, useState } from 'preact/hooks';
import type { SavedRecord } from '../../core/library/record';
import type { Article, TakeawaySource } from '../../core/types';
import { joinPages } from '../../core/extract/join-pages';
import { loadedPages } from '../next-page/loaded-pages';
import { library as defaultLibrary, readLibrarySettings, type Library } from '../../platform/storage';

export interface Shown {
  source: TakeawaySource;
  items: readonly string[];
  edited: boolean;
}

export type SaveState =
  | { kind: 'checking' }
  | { kind: 'unsaved' }
  /** Storage holds exactly what is shown. */
  | { kind: 'saved'; record: SavedRecord }
  /** Storage holds other takeaways for this article: show them, offer Update. */
  | { kind: 'differs'; record: SavedRecord }
  | { kind: 'newer'; message: string };

export interface Save {
  state: SaveState;
  busy: boolean;
  /** A refused write; what was being saved stays on screen to retry. */
  error: string | null;
  save: () => Promise<void>;
  update: () => Promise<void>;
  remove: () => Promise<void>;
  /** Write edited items (and note) straight to the saved record. */
  edit: (items: string[], note: string) => Promise<boolean>;
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function deriveState(record: SavedRecord | null | 'newer', shown: Shown): SaveState {
  if (record === 'newer') return { kind: 'newer', message: t('saveNewer') };
  if (!record) return { kind: 'unsaved' };
  return same(record.takeaways.items, shown.items) && record.takeaways.source === shown.source ? { kind: 'saved', record } : { kind: 'differs', record };
}

export function useSave(article: Article, shown: Shown, lib: Library = defaultLibrary()): Save {
  const url = lib.urlOf(article);
  const [stored, setStored] = useState<SavedRecord | null | 'newer' | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    const stop = lib.subscribe((changes) => {
      for (const change of changes) if (change.url === url) setStored(change.record);
    });
    void lib.read(url).then(
      (read) => live && setStored((s) => (s !== undefined ? s : read?.kind === 'record' ? read.record : read?.kind === 'newer' ? 'newer' : null)),
      () => live && setStored(null),
    );
    return () => ((live = false), stop());
  }, [url]);
  useEffect(() => setError(null), [shown.items, shown.source]);

  const write = async (update: boolean) => {
    setBusy(true);
    setError(null);
    const { keepBodies } = await readLibrarySettings(lib.area).catch(() => ({ keepBodies: true }));
    const out = await lib.save({ article: withFollowingPages(article), takeaways: { ...shown, items: [...shown.items] } }, { update, keepBody: keepBodies });
    setBusy(false);
    if (out.ok) setStored(out.record);
    else if (out.kind === 'exists') setStored(out.record); // saved elsewhere meanwhile: show it, offer Update
    else setError(out.message);
  };

  return {
    state: stored === undefined ? { kind: 'checking' } : deriveState(stored, shown),
    busy,
    error,
    save: () => write(false),
    update: () => write(true),
    remove: async () => {
      setBusy(true);
      try {
        await lib.remove(url);
        setStored(null);
      } catch (e) {
        setError(t('saveNotRemoved', errorMessage(e)));
      }
      setBusy(false);
    },
    edit: async (items, note) => {
      const out = await lib.edit(url, { items, note });
      if (out.ok) setStored(out.record);
      else setError(out.kind === 'exists' ? null : out.message);
      return out.ok;
    },
  };
}

/** A multi-page article is saved with every page the reader appended (core/extract/join-pages.ts). */
function withFollowingPages(article: Article): Article {
  return joinPages(article, loadedPages(article.url), (n) => t('nextPagePart', n));
}
