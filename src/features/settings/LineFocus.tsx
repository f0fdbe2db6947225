// Line focus: a reading ruler, a clear band a few lines tall with the rest of the page dimmed. It
// follows the pointer, and stays where it is while the keyboard scrolls the text under it. Outside
// the article body and pointer-transparent, so it never changes what the body holds or blocks a click.
import { useEffect, useState } from 'preact/hooks';

export function LineFocus({ on }: { on: boolean }) {
  const [y, setY] = useState(() => Math.round(window.innerHeight * 0.4));
  useEffect(() => {
    if (!on) return;
    const move = (e: PointerEvent) => setY(e.clientY);
    window.addEventListener('pointermove', move, { passive: true });
    return () => window.removeEventListener('pointermove', move);
  }, [on]);
  if (!on) return null;
  return <div class="ns-ruler" aria-hidden="true" style={{ top: `${y}px` }} />;
}
