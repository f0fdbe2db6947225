// In the popup a long author box is folded so the article still shows on the first screen.
import { useState } from 'preact/hooks';

/** Past this much text a box fills the popup's first screen. */
export const FOLD_CHARS = 520;

export function useFold(items: readonly string[], compact: boolean): { folded: boolean; unfold: () => void } {
  const [unfolded, setUnfolded] = useState(false);
  const folded = compact && !unfolded && items.join('').length > FOLD_CHARS;
  return { folded, unfold: () => setUnfolded(true) };
}
