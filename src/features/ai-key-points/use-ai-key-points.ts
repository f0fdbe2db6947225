// The opt-in "On-device AI key points": offered only where Chrome's built-in Summarizer exists
// (never in Firefox), only when the article has no author box, and only on the reader's click
// (a model download needs that gesture). Any failure falls back to the local key sentences.
import { useEffect, useRef, useState } from 'preact/hooks';
import { errorMessage } from '../../core/errors';
import type { Article, Takeaways } from '../../core/types';
import { type AiAvailability, aiAvailability, summarizeKeyPoints } from '../../platform/summarizer';

export interface AiKeyPoints {
  takeaways: Takeaways;
  /** null when the option is not offered here. */
  availability: AiAvailability | null;
  running: boolean;
  /** Model download progress 0..1 while downloading, else null. */
  progress: number | null;
  /** Why the AI key points are not shown (the local sentences are). */
  note: string | null;
  start: () => void;
  useLocal: () => void;
}

export function useAiKeyPoints(article: Article): AiKeyPoints {
  const local = article.takeaways;
  const [takeaways, setTakeaways] = useState<Takeaways>(local);
  const [availability, setAvailability] = useState<AiAvailability | null>(null);
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => {
    if (local.source !== 'local') return;
    void aiAvailability().then((state) => setAvailability(state === 'unavailable' ? null : state));
    return () => abort.current?.abort();
  }, [local]);

  const start = () => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setRunning(true);
    setNote(null);
    setTakeaways({ source: 'ai', items: [] });
    summarizeKeyPoints(article.text, {
      signal: controller.signal,
      context: article.title,
      length: article.readingMinutes > 8 ? 'long' : 'medium',
      onProgress: (loaded) => setProgress(loaded < 1 ? loaded : null),
      onItems: (items) => setTakeaways({ source: 'ai', items }),
    })
      .then((items) => setTakeaways({ source: 'ai', items }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        setTakeaways(local);
        setNote(errorMessage(error));
      })
      .finally(() => {
        if (abort.current === controller) {
          setRunning(false);
          setProgress(null);
        }
      });
  };

  const useLocal = () => {
    abort.current?.abort();
    setRunning(false);
    setProgress(null);
    setTakeaways(local);
  };

  return { takeaways, availability, running, progress, note, start, useLocal };
}
