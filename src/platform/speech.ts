// The browser's own speech synthesis (Web Speech API), behind one small wrapper: no `tts`
// permission, and only voices with `localService` are offered, so no text leaves the device.
// The globals are looked up on every call, not at import: a test (or a late-loading engine) may
// install them after this module ran.

export interface SpeakHandlers {
  onStart?(): void;
  /** A word or sentence boundary; `name` is what the engine says ('word', 'sentence'). */
  onBoundary?(name: string, charIndex: number, charLength: number | undefined): void;
  onEnd?(): void;
  onError?(error: string): void;
}

export interface SpeakOptions {
  voice: SpeechSynthesisVoice | null;
  rate: number;
  lang?: string | undefined;
}

export interface Speech {
  available(): boolean;
  voices(): SpeechSynthesisVoice[];
  /** Calls back on `voiceschanged` (voices often arrive after the page loads); returns the unsubscribe. */
  onVoicesChanged(cb: () => void): () => void;
  speak(text: string, opts: SpeakOptions, on: SpeakHandlers): void;
  /** Stops and forgets whatever is queued or speaking. */
  cancel(): void;
}

type Globals = { speechSynthesis?: SpeechSynthesis; SpeechSynthesisUtterance?: typeof SpeechSynthesisUtterance };
const g = () => globalThis as Globals;

// Chrome drops an utterance that nothing references and then never fires its end event: hold it.
let current: SpeechSynthesisUtterance | null = null;

export const browserSpeech: Speech = {
  available: () => !!g().speechSynthesis && typeof g().SpeechSynthesisUtterance === 'function',
  voices: () => g().speechSynthesis?.getVoices() ?? [],
  onVoicesChanged(cb) {
    const synth = g().speechSynthesis;
    if (!synth) return () => undefined;
    synth.addEventListener('voiceschanged', cb);
    return () => synth.removeEventListener('voiceschanged', cb);
  },
  speak(text, opts, on) {
    const synth = g().speechSynthesis;
    const Utterance = g().SpeechSynthesisUtterance;
    if (!synth || !Utterance) return on.onError?.('unavailable');
    const u = new Utterance(text);
    if (opts.voice) u.voice = opts.voice;
    u.lang = opts.voice?.lang ?? opts.lang ?? '';
    u.rate = opts.rate;
    u.addEventListener('start', () => on.onStart?.());
    u.addEventListener('boundary', (e) => on.onBoundary?.(e.name, e.charIndex, e.charLength));
    u.addEventListener('end', () => {
      if (current === u) current = null;
      on.onEnd?.();
    });
    u.addEventListener('error', (e) => {
      if (current === u) current = null;
      on.onError?.(e.error);
    });
    current = u;
    synth.speak(u);
  },
  cancel() {
    current = null;
    g().speechSynthesis?.cancel();
  },
};
