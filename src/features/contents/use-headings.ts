// The body's headings, read again whenever the body's content changes (a long article renders its
// second half one task later, and faithful-body.ts removes the author's box after each piece).
import { useEffect, useState } from 'preact/hooks';
import { readHeadings, type Heading } from './headings';

const same = (a: Heading[], b: Heading[]) => a.length === b.length && a.every((h, i) => h.el === b[i]!.el && h.text === b[i]!.text);

export function useHeadings(body: () => HTMLElement | null): Heading[] {
  const [headings, setHeadings] = useState<Heading[]>([]);
  useEffect(() => {
    const root = body();
    if (!root) return;
    const scan = () => setHeadings((old) => {
      const next = readHeadings(root);
      return same(old, next) ? old : next;
    });
    scan();
    // Child lists only: the ids and tab stops this feature sets on headings are attributes.
    const watcher = new MutationObserver(scan);
    watcher.observe(root, { childList: true, subtree: true });
    return () => watcher.disconnect();
  }, [body]);
  return headings;
}
