// Read aloud's settings that the controls need before any text is read: the speed range and the
// voice order. Apart from queue.ts so that the controls do not load the sentence splitter (the
// reader loads that only when reading starts).

export const RATE_MIN = 0.5;
export const RATE_MAX = 2;
export const RATE_STEP = 0.25;

export function clampRate(rate: number): number {
  if (!Number.isFinite(rate)) return 1;
  const stepped = Math.round(rate / RATE_STEP) * RATE_STEP;
  return Math.max(RATE_MIN, Math.min(RATE_MAX, stepped));
}

export interface VoiceLike {
  name: string;
  lang: string;
  localService: boolean;
  default: boolean;
  voiceURI: string;
}

/**
 * Local voices only (nothing leaves the device), those for the article's language first: the exact
 * tag, then the same base language; the engine's default first inside each group.
 */
export function orderVoices<V extends VoiceLike>(voices: readonly V[], lang?: string | null): { matching: V[]; others: V[] } {
  const local = voices.filter((v) => v.localService);
  const want = (lang ?? '').toLowerCase().replace('_', '-');
  const base = want.split('-')[0] ?? '';
  const rank = (v: V) => {
    const tag = v.lang.toLowerCase().replace('_', '-');
    if (want && tag === want) return 0;
    if (base && tag.split('-')[0] === base) return 1;
    return 2;
  };
  const sorted = local
    .map((v, i) => ({ v, i, r: rank(v) }))
    .sort((a, b) => a.r - b.r || Number(b.v.default) - Number(a.v.default) || a.i - b.i);
  return { matching: sorted.filter((x) => x.r < 2).map((x) => x.v), others: sorted.filter((x) => x.r === 2).map((x) => x.v) };
}
