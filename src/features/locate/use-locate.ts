// Key sentences are traceable: activating one scrolls the article to it and highlights it.
import { useState } from 'preact/hooks';
import { showSentence } from './locate';

export function useLocate(body: () => Element | null): { active: number | null; show: (index: number, item: string) => void } {
  const [active, setActive] = useState<number | null>(null);
  const show = (index: number, item: string) => {
    const root = body();
    if (root && showSentence(root, item)) setActive(index);
  };
  return { active, show };
}
