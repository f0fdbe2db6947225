// Read aloud's player, loaded on first use (a dynamic import: the popup's and the reader's first
// paint do not carry it, nor the sentence splitter it brings). One utterance per sentence (Chrome
// cuts long utterances, and a sentence is the unit the reader navigates by); `end` advances,
// `boundary` (word) moves the word highlight. Pause cancels and resume restarts the sentence:
// speechSynthesis.pause() is unreliable across engines, and cancel works everywhere. Every
// utterance carries a generation number so that the events of a cancelled one (Firefox fires
// `end`, Chrome `error: interrupted`) are ignored.
import {
  buildQueue, findSentence, nextParagraph, nextSentence, previousParagraph, previousSentence, sentenceAt, wordEnd,
  type QueuedSentence,
} from '../../core/read-aloud/queue';
import type { Speech } from '../../platform/speech';
import { pointInBlocks, rangeOf, readableBlocks, type ReadableBlock } from './blocks';
import { SENTENCE_HIGHLIGHT, WORD_HIGHLIGHT, clearHighlights, keepInView, paint } from './highlight';

export type Status = 'idle' | 'playing' | 'paused';
export type Move = 'prevSentence' | 'nextSentence' | 'prevParagraph' | 'nextParagraph';

export interface Snapshot {
  status: Status;
  /** The sentence being read (or paused on), and how many there are. */
  index: number;
  total: number;
  /** A sentence the reader pointed at (a click or a takeaway) that Play starts from. */
  chosen: boolean;
  error: string | null;
}

export interface PlayerDeps {
  body(): Element | null;
  lang: string | undefined;
  speech: Speech;
  voice(): SpeechSynthesisVoice | null;
  rate(): number;
  emit(change: Partial<Snapshot>): void;
}

export class Player {
  private queue: QueuedSentence[] = [];
  private blocks: ReadableBlock[] = [];
  private gen = 0;
  private index = 0;
  private start: number | null = null;
  status: Status = 'idle';

  constructor(private deps: PlayerDeps) {}

  toggle(): void {
    if (this.status === 'playing') this.pause();
    else this.play();
  }

  play(): void {
    if (this.status === 'idle' && !this.load()) return;
    const from = this.start ?? (this.status === 'paused' ? this.index : 0);
    this.start = null;
    this.deps.emit({ chosen: false });
    this.speakAt(from);
  }

  pause(): void {
    this.gen++;
    this.deps.speech.cancel();
    paint(WORD_HIGHLIGHT, null);
    this.setStatus('paused');
  }

  stop(): void {
    this.gen++;
    this.deps.speech.cancel();
    clearHighlights();
    this.index = 0;
    this.deps.emit({ index: 0 });
    this.setStatus('idle');
  }

  move(to: Move): void {
    const q = this.queue;
    if (!q.length) return;
    const i = this.index;
    const target = to === 'nextSentence' ? nextSentence(q, i) : to === 'prevSentence' ? previousSentence(q, i)
      : to === 'nextParagraph' ? nextParagraph(q, i) : previousParagraph(q, i);
    if (target === null) return;
    if (this.status === 'playing') this.speakAt(target);
    else this.goTo(target);
  }

  /** Speed or voice changed: the sentence being read starts again with it. */
  restart(): void {
    if (this.status === 'playing') this.speakAt(this.index);
  }

  /** A click at a DOM point in the body. */
  pointAt(node: Node, offset: number, now: boolean): void {
    if (this.status === 'idle') this.load();
    const at = pointInBlocks(this.blocks, node, offset);
    if (at) this.choose(sentenceAt(this.queue, at.block, at.offset), now);
  }

  /** A takeaway activated: its sentence in the body, when the body holds it. */
  pickText(text: string, now: boolean): void {
    if (this.status === 'idle') this.load();
    this.choose(findSentence(this.queue, text), now);
  }

  /** Read now (Alt, or while reading), go there (paused), or start there on Play (idle). */
  private choose(i: number | null, now: boolean): void {
    if (i === null) return;
    if (now || this.status === 'playing') return this.speakAt(i);
    if (this.status === 'paused') return this.goTo(i);
    this.start = i;
    this.deps.emit({ chosen: true });
  }

  private load(): boolean {
    const root = this.deps.body();
    if (!root) return false;
    this.blocks = readableBlocks(root);
    this.queue = buildQueue(this.blocks.map((b) => b.text), this.deps.lang);
    this.deps.emit({ total: this.queue.length });
    return this.queue.length > 0;
  }

  private setStatus(status: Status): void {
    this.status = status;
    this.deps.emit({ status });
  }

  private range(i: number, from = 0, to?: number): Range | null {
    const s = this.queue[i];
    const block = s && this.blocks[s.block];
    return s && block ? rangeOf(block, s.start + from, s.start + (to ?? s.text.length)) : null;
  }

  private goTo(i: number): void {
    this.index = i;
    this.deps.emit({ index: i });
    const range = this.range(i);
    paint(SENTENCE_HIGHLIGHT, range);
    if (range) keepInView(range);
  }

  private speakAt(i: number): void {
    const gen = ++this.gen;
    const { speech } = this.deps;
    speech.cancel();
    const s = this.queue[i];
    if (!s) return this.stop();
    this.deps.emit({ error: null });
    this.goTo(i);
    paint(WORD_HIGHLIGHT, null);
    this.setStatus('playing');
    speech.speak(s.text, { voice: this.deps.voice(), rate: this.deps.rate(), lang: this.deps.lang }, {
      onBoundary: (name, charIndex, charLength) => {
        if (gen !== this.gen || name !== 'word') return;
        paint(WORD_HIGHLIGHT, this.range(i, charIndex, wordEnd(s.text, charIndex, charLength)));
      },
      onEnd: () => {
        if (gen !== this.gen) return;
        const next = nextSentence(this.queue, i);
        if (next === null) this.stop();
        else this.speakAt(next);
      },
      onError: (e) => {
        if (gen !== this.gen || e === 'interrupted' || e === 'canceled') return;
        this.gen++;
        this.setStatus('paused');
        this.deps.emit({ error: e });
      },
    });
  }
}
