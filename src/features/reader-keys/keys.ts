// The reader's single-key shortcuts. A key is ours only with no Ctrl, Alt or Meta (Ctrl+Plus stays
// the browser's zoom, Alt+Shift+… the extension's commands) and never while the reader types or
// works a form control (a "-" in a slider or a search box is that control's).
export type KeyAction = 'larger' | 'smaller' | 'theme' | 'read-aloud' | 'contents' | 'help';

const KEYS: Record<string, KeyAction> = {
  '+': 'larger', '=': 'larger',
  '-': 'smaller', _: 'smaller',
  t: 'theme', T: 'theme',
  r: 'read-aloud', R: 'read-aloud',
  c: 'contents', C: 'contents',
  '?': 'help',
};

/** What the help overlay lists, in order: the keys shown and the action they do. */
export const KEY_LIST: readonly { keys: string[]; action: KeyAction }[] = [
  { keys: ['+'], action: 'larger' },
  { keys: ['-'], action: 'smaller' },
  { keys: ['T'], action: 'theme' },
  { keys: ['R'], action: 'read-aloud' },
  { keys: ['C'], action: 'contents' },
  { keys: ['?'], action: 'help' },
];

const TYPING = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';

export function keyAction(e: KeyboardEvent): KeyAction | null {
  if (e.defaultPrevented || e.isComposing || e.ctrlKey || e.altKey || e.metaKey) return null;
  const target = e.target instanceof Element ? e.target : null;
  if (target?.closest(TYPING)) return null;
  return KEYS[e.key] ?? null;
}
