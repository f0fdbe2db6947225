// Saving the shown takeaways, and whether this article was saved before.
import { useEffect, useState } from 'preact/hooks';
import type { Article, Takeaways } from '../../core/types';
import { getSaved, saveTakeaways } from '../../platform/storage';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string; earlier: boolean }
  | { kind: 'failed'; message: string };

export function useSave(article: Article): { state: SaveState; save: (takeaways: Takeaways) => Promise<void> } {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });

  useEffect(() => {
    void getSaved(article.url)
      .then((record) => record && setState((s) => (s.kind === 'idle' ? { kind: 'saved', at: record.savedAt, earlier: true } : s)))
      .catch(() => undefined); // an unreadable record only costs the "saved earlier" note
  }, [article.url]);

  const save = async (takeaways: Takeaways) => {
    setState({ kind: 'saving' });
    const result = await saveTakeaways(article, takeaways);
    setState(result.ok ? { kind: 'saved', at: result.record.savedAt, earlier: false } : { kind: 'failed', message: result.message });
  };
  return { state, save };
}
