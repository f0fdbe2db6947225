// A faithful fake of the Web Speech API's synthesis half, for component tests (happy-dom) and for
// the e2e tests (Chromium here has no voices and the machine no audio). It follows the spec's
// shape: `speechSynthesis` is an EventTarget with getVoices()/speak()/cancel()/pause()/resume(),
// voices arrive later with a `voiceschanged` event (as in Chrome), utterances are EventTargets
// that get `start`, `boundary` (SpeechSynthesisEvent: name, charIndex, charLength, elapsedTime),
// `end`, and `error` (error: 'interrupted' when cancel() stops the one being spoken, 'canceled'
// for queued ones). Speaking is driven by the test through `window.__fakeSpeech` (start, word
// boundaries and end fired on demand), or automatically with `auto` (one word boundary per word,
// then end) for a demo or screenshot.
//
// installFakeSpeech is sent to real browsers as source text: it must stay self-contained.
export interface FakeVoice {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
  voiceURI: string;
}

export interface FakeSpeechControl {
  /** Every utterance handed to speak(), in order: what was read, at which rate, with which voice. */
  log: { text: string; rate: number; voice: string | null; lang: string }[];
  /** The utterance being spoken, or null. */
  current(): { text: string; rate: number } | null;
  /** Fires a boundary on the utterance being spoken. */
  boundary(name: 'word' | 'sentence', charIndex: number, charLength?: number): void;
  /** The utterance being spoken ends (as when the engine finishes it); the next queued one starts. */
  end(): void;
  /** Replaces the voice list and fires voiceschanged. */
  setVoices(voices: FakeVoice[]): void;
  /** Ms per word in automatic mode; 0 turns it off. */
  auto: number;
}

export const FAKE_VOICES: FakeVoice[] = [
  { name: 'Fake Remote English', lang: 'en-US', localService: false, default: false, voiceURI: 'fake-remote-en' },
  { name: 'Fake German', lang: 'de-DE', localService: true, default: false, voiceURI: 'fake-de' },
  { name: 'Fake American', lang: 'en-US', localService: true, default: false, voiceURI: 'fake-en-us' },
  { name: 'Fake British', lang: 'en-GB', localService: true, default: true, voiceURI: 'fake-en-gb' },
];

/**
 * `overExisting`: take over the page's own speechSynthesis object in place (own properties shadow
 * its prototype's methods) instead of replacing it, for a page that already holds it — Firefox runs
 * no BiDi preload script in moz-extension:// pages, so there the fake arrives after the app started
 * and its voiceschanged listener sits on the real object.
 */
export function installFakeSpeech(win: Window & typeof globalThis, voices: FakeVoice[], autoMs = 0, overExisting = false): FakeSpeechControl {
  const fire = (target: EventTarget, type: string, props: Record<string, unknown> = {}) => {
    const event = new win.Event(type);
    for (const [k, v] of Object.entries(props)) Object.defineProperty(event, k, { value: v });
    target.dispatchEvent(event);
    const handler = (target as unknown as Record<string, unknown>)[`on${type}`];
    if (typeof handler === 'function') handler.call(target, event);
  };

  class FakeUtterance extends win.EventTarget {
    text: string;
    lang = '';
    voice: FakeVoice | null = null;
    rate = 1;
    pitch = 1;
    volume = 1;
    onstart: unknown = null;
    onend: unknown = null;
    onboundary: unknown = null;
    onerror: unknown = null;
    onpause: unknown = null;
    onresume: unknown = null;
    onmark: unknown = null;
    constructor(text = '') {
      super();
      this.text = String(text);
    }
  }

  let list: FakeVoice[] = [];
  const queue: FakeUtterance[] = [];
  let speaking: FakeUtterance | null = null;
  let startedAt = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const existing = overExisting ? (win as unknown as { speechSynthesis?: EventTarget }).speechSynthesis : undefined;
  const synth = (existing ?? new win.EventTarget()) as EventTarget & Record<string, unknown>;
  const event = (u: FakeUtterance, props: Record<string, unknown> = {}) => ({ utterance: u, charIndex: 0, charLength: 0, elapsedTime: (Date.now() - startedAt) / 1000, name: '', ...props });

  const startNext = () => {
    if (speaking || !queue.length) return;
    const u = queue.shift()!;
    speaking = u;
    startedAt = Date.now();
    // The engine starts asynchronously, as real ones do.
    setTimeout(() => {
      if (speaking !== u) return;
      fire(u, 'start', event(u));
      if (control.auto > 0) autoSpeak(u);
    }, 0);
  };

  const autoSpeak = (u: FakeUtterance) => {
    const words = [...u.text.matchAll(/\S+/g)];
    let i = 0;
    const tick = () => {
      if (speaking !== u) return;
      const w = words[i++];
      if (!w) return control.end();
      fire(u, 'boundary', event(u, { name: 'word', charIndex: w.index, charLength: w[0].length }));
      timer = setTimeout(tick, control.auto / u.rate);
    };
    tick();
  };

  const control: FakeSpeechControl = {
    log: [],
    auto: autoMs,
    current: () => (speaking ? { text: speaking.text, rate: speaking.rate } : null),
    boundary(name, charIndex, charLength) {
      if (speaking) fire(speaking, 'boundary', event(speaking, { name, charIndex, charLength: charLength ?? 0 }));
    },
    end() {
      const u = speaking;
      if (!u) return;
      speaking = null;
      fire(u, 'end', event(u, { charIndex: u.text.length }));
      startNext();
    },
    setVoices(next) {
      list = next;
      fire(synth, 'voiceschanged');
    },
  };

  Object.defineProperties(synth, {
    speaking: { get: () => !!speaking, configurable: true },
    pending: { get: () => queue.length > 0, configurable: true },
    paused: { value: false, writable: true, configurable: true },
    onvoiceschanged: { value: null, writable: true, configurable: true },
  });
  const method = (name: string, fn: (...args: never[]) => unknown) => Object.defineProperty(synth, name, { value: fn, configurable: true, writable: true });
  method('getVoices', () => list.slice());
  method('speak', (u: FakeUtterance) => {
    if (!(u instanceof FakeUtterance)) throw new TypeError('speak() takes a SpeechSynthesisUtterance');
    control.log.push({ text: u.text, rate: u.rate, voice: u.voice?.voiceURI ?? null, lang: u.lang });
    queue.push(u);
    startNext();
  });
  method('cancel', () => {
    clearTimeout(timer);
    const dropped = queue.splice(0);
    const u = speaking;
    speaking = null;
    if (u) fire(u, 'error', event(u, { error: 'interrupted' }));
    for (const q of dropped) fire(q, 'error', event(q, { error: 'canceled' }));
  });
  method('pause', () => undefined);
  method('resume', () => undefined);

  if (!existing) Object.defineProperty(win, 'speechSynthesis', { value: synth, configurable: true });
  Object.defineProperty(win, 'SpeechSynthesisUtterance', { value: FakeUtterance, configurable: true, writable: true });
  Object.defineProperty(win, '__fakeSpeech', { value: control, configurable: true });
  // Voices arrive after the page starts, as in Chrome.
  setTimeout(() => control.setVoices(voices), 0);
  return control;
}
