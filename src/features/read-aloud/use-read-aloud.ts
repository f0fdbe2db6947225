// Read aloud as the view sees it: the state its controls show, the voices (local only, the
// article's language first, refreshed on `voiceschanged`), and where a reader points (Alt+click
// in the body, a key sentence activated, the reader keys' toggle event). The player itself
// (controller.ts) is loaded on first use.
import { useEffect, useRef, useState } from 'preact/hooks';
import { clampRate, orderVoices } from '../../core/read-aloud/voices';
import { browserSpeech, type Speech } from '../../platform/speech';
import type { Move, Player, Snapshot, Status } from './controller';
import { clearHighlights } from './highlight';

/** Dispatched on document by the reader's keys (features/reader-keys): play or pause. */
export const TOGGLE_EVENT = 'nutshell:read-aloud-toggle';
export type { Status };

export interface ReadAloud extends Snapshot {
  rate: number;
  voices: { matching: SpeechSynthesisVoice[]; others: SpeechSynthesisVoice[] };
  voiceURI: string | null;
  toggle(): void;
  stop(): void;
  move(to: Move): void;
  setRate(rate: number): void;
  setVoice(uri: string): void;
}

const INITIAL: Snapshot = { status: 'idle', index: 0, total: 0, chosen: false, error: null };
let playerModule: Promise<typeof import('./controller')> | undefined;
const loadPlayer = () => (playerModule ??= import('./controller'));

export function useReadAloud(body: () => Element | null, lang: string | undefined, speech: Speech = browserSpeech): ReadAloud {
  const [snap, setSnap] = useState<Snapshot>(INITIAL);
  const [rate, setRateState] = useState(1);
  const [voices, setVoices] = useState(() => orderVoices(speech.voices(), lang));
  const [voiceURI, setVoiceURI] = useState<string | null>(null);
  const all = [...voices.matching, ...voices.others];
  const voice = all.find((v) => v.voiceURI === voiceURI) ?? all[0] ?? null;
  // What the player reads at each utterance (it outlives renders).
  const now = useRef({ voice, rate, player: null as Player | null });
  now.current.voice = voice;
  now.current.rate = rate;

  useEffect(() => {
    const refresh = () => setVoices(orderVoices(speech.voices(), lang));
    refresh();
    return speech.onVoicesChanged(refresh);
  }, [speech, lang]);

  const player = async (): Promise<Player> => {
    if (now.current.player) return now.current.player;
    const { Player } = await loadPlayer();
    return (now.current.player ??= new Player({
      body, lang, speech,
      voice: () => now.current.voice,
      rate: () => now.current.rate,
      emit: (change) => setSnap((s) => ({ ...s, ...change })),
    }));
  };
  const withPlayer = (fn: (p: Player) => void) => {
    const p = now.current.player;
    if (p) fn(p);
    else void player().then(fn);
  };

  const stop = () => {
    now.current.player?.stop();
    // The bar goes away: focus inside it would fall to the page's start, so it goes to the toggle.
    if (document.activeElement?.closest('.ns-aloud-bar')) document.querySelector<HTMLElement>('.ns-aloud-toggle')?.focus();
  };

  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      const root = body();
      const target = e.target as Element | null;
      if (!root || !target || e.button !== 0) return;
      const takeaway = target.closest?.('.ns-takeaways li');
      if (takeaway) return withPlayer((p) => p.pickText(takeaway.textContent ?? '', e.altKey));
      if (!root.contains(target) || target.closest('a, button, input, select, textarea, summary')) return;
      const selection = root.ownerDocument.getSelection();
      if (selection && !selection.isCollapsed) return; // selecting text, not pointing
      // Idle, only Alt+click reads from a sentence: a plain click in the text stays a plain click.
      if (!e.altKey && (now.current.player?.status ?? 'idle') === 'idle') return;
      if (e.altKey) e.preventDefault();
      // Read now: the caret under the pointer is only known during the event.
      const point = caretAt(root.ownerDocument, e) ?? { node: target, offset: 0 };
      withPlayer((p) => p.pointAt(point.node, point.offset, e.altKey));
    };
    const onKey = (e: KeyboardEvent) => {
      const li = (e.target as Element | null)?.closest?.('.ns-takeaways li[tabindex]');
      if (li && e.key === 'Enter') withPlayer((p) => p.pickText(li.textContent ?? '', e.altKey));
    };
    const onToggle = () => withPlayer((p) => p.toggle());
    const onHide = () => now.current.player?.stop();
    // Fetched once the page has settled, so the first Play does not wait for it.
    const early = setTimeout(() => void Promise.all([loadPlayer(), import('./Bar')]), 500);
    document.addEventListener('click', onClick, true);
    document.addEventListener('keydown', onKey, true);
    document.addEventListener(TOGGLE_EVENT, onToggle);
    window.addEventListener('pagehide', onHide);
    return () => {
      document.removeEventListener('click', onClick, true);
      document.removeEventListener('keydown', onKey, true);
      document.removeEventListener(TOGGLE_EVENT, onToggle);
      window.removeEventListener('pagehide', onHide);
      clearTimeout(early);
      now.current.player?.stop();
      now.current.player = null;
      clearHighlights();
    };
  }, [speech, lang]);

  return {
    ...snap, rate, voices, voiceURI: voice?.voiceURI ?? null,
    toggle: () => withPlayer((p) => p.toggle()),
    stop,
    move: (to) => now.current.player?.move(to),
    setRate: (r) => {
      now.current.rate = clampRate(r);
      setRateState(now.current.rate);
      now.current.player?.restart();
    },
    setVoice: (uri) => {
      setVoiceURI(uri);
      now.current.voice = all.find((v) => v.voiceURI === uri) ?? now.current.voice;
      now.current.player?.restart();
    },
  };
}

/** The text position under a click (Firefox and Chrome 128+: caretPositionFromPoint; older Chrome: caretRangeFromPoint). */
function caretAt(doc: Document, e: MouseEvent): { node: Node; offset: number } | null {
  const d = doc as Document & { caretPositionFromPoint?(x: number, y: number): { offsetNode: Node; offset: number } | null };
  const pos = d.caretPositionFromPoint?.(e.clientX, e.clientY);
  if (pos) return { node: pos.offsetNode, offset: pos.offset };
  const range = doc.caretRangeFromPoint?.(e.clientX, e.clientY);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}
