// Read aloud's state: one utterance per sentence (Chrome cuts long utterances, and a sentence is
// the unit the reader navigates by); `end` advances, `boundary` (word) moves the word highlight.
// Pause cancels and resume restarts the sentence: speechSynthesis.pause() is unreliable across
// engines, and cancel works everywhere. Every utterance carries a generation number so that the
// events of a cancelled one (Firefox fires `end`, Chrome `error: interrupted`) are ignored.
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  buildQueue, clampRate, findSentence, nextParagraph, nextSentence, orderVoices, previousParagraph, previousSentence,
  sentenceAt, wordEnd, type QueuedSentence,
} from '../../core/read-aloud/queue';
import { browserSpeech, type Speech } from '../../platform/speech';
import { pointInBlocks, rangeOf, readableBlocks, type ReadableBlock } from './blocks';
import { SENTENCE_HIGHLIGHT, WORD_HIGHLIGHT, clearHighlights, keepInView, paint } from './highlight';

/** Dispatched on document by the reader's keys (features/reader-keys): play or pause. */
export const TOGGLE_EVENT = 'nutshell:read-aloud-toggle';

export type Status = 'idle' | 'playing' | 'paused';

export interface ReadAloud {
  status: Status;
  /** The sentence being read (or paused on), and how many there are. */
  index: number;
  total: number;
  rate: number;
  voices: { matching: SpeechSynthesisVoice[]; others: SpeechSynthesisVoice[] };
  voiceURI: string | null;
  /** A sentence the reader pointed at (a click or a takeaway) that Play starts from. */
  chosen: boolean;
  error: string | null;
  toggle(): void;
  stop(): void;
  move(to: 'prevSentence' | 'nextSentence' | 'prevParagraph' | 'nextParagraph'): void;
  setRate(rate: number): void;
  setVoice(uri: string): void;
}

export function useReadAloud(body: () => Element | null, lang: string | undefined, speech: Speech = browserSpeech): ReadAloud {
  const [status, setStatus] = useState<Status>('idle');
  const [index, setIndex] = useState(0);
  const [total, setTotal] = useState(0);
  const [rate, setRateState] = useState(1);
  const [voices, setVoices] = useState(() => orderVoices(speech.voices(), lang));
  const [voiceURI, setVoiceURI] = useState<string | null>(null);
  const [chosen, setChosen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The mutable side the speech callbacks read (they outlive renders).
  const live = useRef({ queue: [] as QueuedSentence[], blocks: [] as ReadableBlock[], gen: 0, index: 0, rate: 1, status: 'idle' as Status,
    voice: null as SpeechSynthesisVoice | null, start: null as number | null });

  useEffect(() => {
    const refresh = () => setVoices(orderVoices(speech.voices(), lang));
    refresh();
    return speech.onVoicesChanged(refresh);
  }, [speech, lang]);
  const all = [...voices.matching, ...voices.others];
  live.current.voice = all.find((v) => v.voiceURI === voiceURI) ?? all[0] ?? null;

  const setState = (s: Status) => {
    live.current.status = s;
    setStatus(s);
  };

  const load = (): boolean => {
    const root = body();
    if (!root) return false;
    const blocks = readableBlocks(root);
    live.current.blocks = blocks;
    live.current.queue = buildQueue(blocks.map((b) => b.text), lang);
    setTotal(live.current.queue.length);
    return live.current.queue.length > 0;
  };

  const sentenceRange = (i: number, from = 0, to?: number) => {
    const s = live.current.queue[i];
    const block = s && live.current.blocks[s.block];
    return s && block ? rangeOf(block, s.start + from, s.start + (to ?? s.text.length)) : null;
  };

  const speakAt = (i: number) => {
    const l = live.current;
    const gen = ++l.gen;
    speech.cancel();
    l.index = i;
    setIndex(i);
    setError(null);
    const s = l.queue[i];
    if (!s) return finish();
    const range = sentenceRange(i);
    paint(SENTENCE_HIGHLIGHT, range);
    paint(WORD_HIGHLIGHT, null);
    if (range) keepInView(range);
    setState('playing');
    speech.speak(s.text, { voice: l.voice, rate: l.rate, lang }, {
      onBoundary: (name, charIndex, charLength) => {
        if (gen !== l.gen || name !== 'word') return;
        paint(WORD_HIGHLIGHT, sentenceRange(i, charIndex, wordEnd(s.text, charIndex, charLength)));
      },
      onEnd: () => {
        if (gen !== l.gen) return;
        const next = nextSentence(l.queue, i);
        if (next === null) finish();
        else speakAt(next);
      },
      onError: (e) => {
        if (gen !== l.gen || e === 'interrupted' || e === 'canceled') return;
        l.gen++;
        setState('paused');
        setError(e);
      },
    });
  };

  const finish = () => {
    live.current.gen++;
    speech.cancel();
    clearHighlights();
    // The bar goes away: focus inside it would fall to the page's start, so it goes to the toggle.
    const focused = document.activeElement;
    if (focused?.closest('.ns-aloud-bar')) document.querySelector<HTMLElement>('.ns-aloud-toggle')?.focus();
    live.current.index = 0;
    setIndex(0);
    setState('idle');
  };

  const pause = () => {
    live.current.gen++;
    speech.cancel();
    paint(WORD_HIGHLIGHT, null);
    setState('paused');
  };

  const play = () => {
    const l = live.current;
    if (l.status === 'idle' && !load()) return;
    const from = l.start ?? (l.status === 'paused' ? l.index : 0);
    l.start = null;
    setChosen(false);
    speakAt(from);
  };

  const toggle = () => (live.current.status === 'playing' ? pause() : play());

  /** A sentence the reader pointed at: read now (Alt, or while reading), go there (paused), or start there on Play (idle). */
  const choose = (i: number | null, now: boolean) => {
    const l = live.current;
    if (i === null) return;
    if (now || l.status === 'playing') return speakAt(i);
    if (l.status === 'paused') return goTo(i);
    l.start = i;
    setChosen(true);
  };

  const goTo = (i: number) => {
    live.current.index = i;
    setIndex(i);
    const range = sentenceRange(i);
    paint(SENTENCE_HIGHLIGHT, range);
    if (range) keepInView(range);
  };

  const move: ReadAloud['move'] = (to) => {
    const l = live.current;
    if (!l.queue.length) return;
    const i = l.index;
    const target = to === 'nextSentence' ? nextSentence(l.queue, i) : to === 'prevSentence' ? previousSentence(l.queue, i)
      : to === 'nextParagraph' ? nextParagraph(l.queue, i) : previousParagraph(l.queue, i);
    if (target === null) return;
    if (l.status === 'playing') speakAt(target);
    else goTo(target);
  };

  // Where a reader points: a click in the body (Alt+click reads at once), a key sentence activated.
  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      const root = body();
      const target = e.target as Element | null;
      if (!root || !target || e.button !== 0) return;
      const takeaway = target.closest?.('.ns-takeaways li');
      if (takeaway) return pickTakeaway(takeaway, e.altKey);
      if (!root.contains(target) || target.closest('a, button, input, select, textarea, summary')) return;
      const selection = root.ownerDocument.getSelection();
      if (selection && !selection.isCollapsed) return; // selecting text, not pointing
      // Idle, only Alt+click reads from a sentence: a plain click in the text stays a plain click.
      if (!e.altKey && live.current.status === 'idle') return;
      if (e.altKey) e.preventDefault();
      if (live.current.status === 'idle') load();
      const point = caretAt(root.ownerDocument, e) ?? { node: target, offset: 0 };
      const at = pointInBlocks(live.current.blocks, point.node, point.offset);
      if (at) choose(sentenceAt(live.current.queue, at.block, at.offset), e.altKey);
    };
    const pickTakeaway = (li: Element, now: boolean) => {
      if (live.current.status === 'idle') load();
      choose(findSentence(live.current.queue, li.textContent ?? ''), now);
    };
    const onKey = (e: KeyboardEvent) => {
      const li = (e.target as Element | null)?.closest?.('.ns-takeaways li[tabindex]');
      if (li && e.key === 'Enter') pickTakeaway(li, e.altKey);
    };
    const onToggle = () => toggle();
    const onHide = () => finish();
    const doc = document;
    doc.addEventListener('click', onClick, true);
    doc.addEventListener('keydown', onKey, true);
    doc.addEventListener(TOGGLE_EVENT, onToggle);
    window.addEventListener('pagehide', onHide);
    return () => {
      doc.removeEventListener('click', onClick, true);
      doc.removeEventListener('keydown', onKey, true);
      doc.removeEventListener(TOGGLE_EVENT, onToggle);
      window.removeEventListener('pagehide', onHide);
      live.current.gen++;
      speech.cancel();
      clearHighlights();
    };
  }, [speech, lang]);

  const restartWith = () => {
    if (live.current.status === 'playing') speakAt(live.current.index);
  };

  return {
    status, index, total, rate, voices, voiceURI: live.current.voice?.voiceURI ?? null, chosen, error,
    toggle, stop: finish, move,
    setRate: (r) => {
      const next = clampRate(r);
      live.current.rate = next;
      setRateState(next);
      restartWith();
    },
    setVoice: (uri) => {
      setVoiceURI(uri);
      live.current.voice = all.find((v) => v.voiceURI === uri) ?? live.current.voice;
      restartWith();
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
