// The read-aloud controls' icons.
// Drawn, not typed: the media-control characters (⏮ ⏭) are missing from many systems' fonts.
export const ICONS = {
  prevParagraph: 'M3 3h2v10H3zM14 3v10L6 8z',
  prevSentence: 'M12 3v10L5 8z',
  play: 'M5 3v10l8-5z',
  pause: 'M4 3h3v10H4zM9 3h3v10H9z',
  nextSentence: 'M4 3v10l7-5z',
  nextParagraph: 'M11 3h2v10h-2zM2 3v10l8-5z',
  stop: 'M3.5 2 8 6.5 12.5 2 14 3.5 9.5 8l4.5 4.5-1.5 1.5L8 9.5 3.5 14 2 12.5 6.5 8 2 3.5z',
} as const;
export const Icon = ({ d }: { d: string }) => (
  <svg class="ns-icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path d={d} fill="currentColor" /></svg>
);

