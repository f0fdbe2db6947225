// Which heading the reader is under: the last one above a line 30% down the window, or the last
// heading once the article's end is on screen (a short last section never reaches that line).
// IntersectionObservers whose root reaches from far above the page down to the line (or to the
// window's bottom), so a heading changes state exactly when it crosses it, even when a jump (End,
// a contents link) skips past it without it ever being on screen.
import { useEffect, useState } from 'preact/hooks';

type Observer = Pick<IntersectionObserver, 'observe' | 'disconnect'>;
export type ObserverFactory = (callback: IntersectionObserverCallback, options: IntersectionObserverInit) => Observer;

const ABOVE = '1000000px';
const LINE: IntersectionObserverInit = { rootMargin: `${ABOVE} 0px -70% 0px`, threshold: 0 };
/** Everything above the window's bottom: the article's end is on screen when all of it is inside. */
const END: IntersectionObserverInit = { rootMargin: `${ABOVE} 0px 0px 0px`, threshold: [0, 1] };
const defaultObserver: ObserverFactory = (callback, options) => new IntersectionObserver(callback, options);

/** The id of the heading the reader is in, or null above the first one. */
export function useCurrentHeading(headings: readonly HTMLElement[], end: HTMLElement | null, observe: ObserverFactory = defaultObserver): string | null {
  const [current, setCurrent] = useState<string | null>(null);
  useEffect(() => {
    if (headings.length === 0) return;
    const passed = new Set<Element>();
    let ended = false;
    // Headings are in document order, so the last passed one is where the reader is.
    const update = () => setCurrent((ended ? headings.at(-1) : headings.findLast((h) => passed.has(h)))?.id ?? null);
    const line = observe((entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) passed.add(entry.target);
        else passed.delete(entry.target);
      }
      update();
    }, LINE);
    for (const h of headings) line.observe(h);
    const bottom = end && observe((entries) => {
      ended = entries.at(-1)!.intersectionRatio >= 0.999;
      update();
    }, END);
    if (end) bottom!.observe(end);
    return () => {
      line.disconnect();
      bottom?.disconnect();
    };
  }, [headings, end, observe]);
  return current;
}
