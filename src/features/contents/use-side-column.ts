// The reader shows its contents as a column beside the article when the window leaves room on the
// left of the page for one (the page's width follows the line-width and text-size settings, so
// this is measured, not a media query), and as a list above the article otherwise.
import { useEffect, useState } from 'preact/hooks';

/** Narrower than this, a column wraps nearly every heading: the list goes above the article. */
const MIN_COLUMN_PX = 176;
const MAX_COLUMN_PX = 256;
const GAP_PX = 24;

/** The column's width in px, or null when there is no room for one. */
export function useSideColumn(enabled: boolean, page: () => HTMLElement | null): number | null {
  const [width, setWidth] = useState<number | null>(null);
  useEffect(() => {
    const el = page();
    if (!enabled || !el) return;
    const measure = () => {
      const room = el.getBoundingClientRect().left - 2 * GAP_PX;
      setWidth(room >= MIN_COLUMN_PX ? Math.min(MAX_COLUMN_PX, Math.floor(room)) : null);
    };
    measure();
    // The page's left edge moves with the window's width and with the page's own width.
    const resize = new ResizeObserver(measure);
    resize.observe(el);
    window.addEventListener('resize', measure);
    return () => {
      resize.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [enabled, page]);
  return enabled ? width : null;
}
