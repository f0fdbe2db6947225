// The Porter stemmer exactly as NLTK's PorterStemmer() computes it (default NLTK_EXTENSIONS mode),
// because that is what Google's rouge-score uses with use_stemmer=True: the benchmark must match
// it token for token. The key-sentence scorer reuses it for English. Input must be lowercase.

const IRREGULAR = new Map<string, string>(Object.entries({
  sky: 'sky', skies: 'sky', dying: 'die', lying: 'lie', tying: 'tie', news: 'news',
  innings: 'inning', inning: 'inning', outings: 'outing', outing: 'outing',
  cannings: 'canning', canning: 'canning', howe: 'howe',
  proceed: 'proceed', exceed: 'exceed', succeed: 'succeed',
}));

function isCons(w: string, i: number): boolean {
  const c = w[i];
  if (c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u') return false;
  if (c === 'y') return i === 0 ? true : !isCons(w, i - 1);
  return true;
}

/** Porter's m: the number of VC sequences. */
function measure(stem: string): number {
  let m = 0;
  for (let i = 1; i < stem.length; i++) if (isCons(stem, i) && !isCons(stem, i - 1)) m++;
  return m;
}

const positive = (s: string): boolean => measure(s) > 0;
const gt1 = (s: string): boolean => measure(s) > 1;

function hasVowel(stem: string): boolean {
  for (let i = 0; i < stem.length; i++) if (!isCons(stem, i)) return true;
  return false;
}

function endsDouble(w: string): boolean {
  return w.length >= 2 && w[w.length - 1] === w[w.length - 2] && isCons(w, w.length - 1);
}

/** Condition *o (cvc, last not w/x/y), plus NLTK's two-letter "vc" extension. */
function endsCvc(w: string): boolean {
  const n = w.length;
  const last = w[n - 1] ?? '';
  return (
    (n >= 3 && isCons(w, n - 3) && !isCons(w, n - 2) && isCons(w, n - 1) && !'wxy'.includes(last)) ||
    (n === 2 && !isCons(w, 0) && isCons(w, 1))
  );
}

/** A suffix rule; the condition sees the stem left after removing the suffix, and the word. */
type Rule = [suffix: string, replacement: string, condition: ((stem: string, word: string) => boolean) | null];

/**
 * Rules bucketed by the last letter of their suffix (the empty suffix goes in every bucket), in
 * the original order: a rule whose suffix ends in another letter can never match, so looking only
 * at the word's bucket gives the same result with far fewer string comparisons.
 */
type RuleTable = Map<string, Rule[]>;

function table(rules: Rule[]): RuleTable {
  const buckets: RuleTable = new Map();
  const letters = new Set(rules.map(([suffix]) => suffix.slice(-1)).filter(Boolean));
  for (const letter of letters) {
    buckets.set(letter, rules.filter(([suffix]) => suffix === '' || suffix.endsWith(letter)));
  }
  buckets.set('', rules.filter(([suffix]) => suffix === ''));
  return buckets;
}

/** NLTK's _apply_rule_list: the first rule whose suffix matches decides, met or not. */
function applyRules(word: string, rules: RuleTable): string {
  for (const [suffix, replacement, cond] of rules.get(word.slice(-1)) ?? rules.get('') ?? []) {
    if (word.endsWith(suffix)) {
      const stem = word.slice(0, word.length - suffix.length);
      return !cond || cond(stem, word) ? stem + replacement : word;
    }
  }
  return word;
}

// Rule tables are built once: building them per word made stemming the slowest part of a
// cold first run.
const STEP1A = table([['sses', 'ss', null], ['ies', 'i', null], ['ss', 'ss', null], ['s', '', null]]);

function step1a(w: string): string {
  if (w.endsWith('ies') && w.length === 4) return `${w.slice(0, -3)}ie`;
  return applyRules(w, STEP1A);
}

const STEP1B = table([
  ['at', 'ate', null],
  ['bl', 'ble', null],
  ['iz', 'ize', null],
  ['', 'e', (s) => measure(s) === 1 && endsCvc(s)],
]);

function step1b(w: string): string {
  if (w.endsWith('ied')) return w.length === 4 ? `${w.slice(0, -3)}ie` : `${w.slice(0, -3)}i`;
  if (w.endsWith('eed')) {
    const stem = w.slice(0, -3);
    return measure(stem) > 0 ? `${stem}ee` : w;
  }
  let inter: string | null = null;
  for (const suffix of ['ed', 'ing']) {
    if (w.endsWith(suffix)) {
      const stem = w.slice(0, w.length - suffix.length);
      if (hasVowel(stem)) {
        inter = stem;
        break;
      }
    }
  }
  if (inter === null) return w;
  const last = inter[inter.length - 1] ?? '';
  if (endsDouble(inter) && !inter.endsWith('at') && !inter.endsWith('bl') && !inter.endsWith('iz')) {
    // (*d and not (*L or *S or *Z)) → single letter; a failed condition ends the step.
    return 'lsz'.includes(last) ? inter : inter.slice(0, -1);
  }
  return applyRules(inter, STEP1B);
}

const STEP1C = table([['y', 'i', (s) => s.length > 1 && isCons(s, s.length - 1)]]);

function step1c(w: string): string {
  return applyRules(w, STEP1C);
}

const STEP2 = table([
  ['ational', 'ate', positive], ['tional', 'tion', positive], ['enci', 'ence', positive],
  ['anci', 'ance', positive], ['izer', 'ize', positive], ['bli', 'ble', positive],
  ['alli', 'al', positive], ['entli', 'ent', positive], ['eli', 'e', positive],
  ['ousli', 'ous', positive], ['ization', 'ize', positive], ['ation', 'ate', positive],
  ['ator', 'ate', positive], ['alism', 'al', positive], ['iveness', 'ive', positive],
  ['fulness', 'ful', positive], ['ousness', 'ous', positive], ['aliti', 'al', positive],
  ['iviti', 'ive', positive], ['biliti', 'ble', positive], ['fulli', 'ful', positive],
  ['logi', 'log', (_s, word) => positive(word.slice(0, -3))],
]);

function step2(w: string): string {
  if (w.endsWith('alli') && positive(w.slice(0, -4))) return step2(`${w.slice(0, -4)}al`);
  return applyRules(w, STEP2);
}

const STEP3 = table([
  ['icate', 'ic', positive], ['ative', '', positive], ['alize', 'al', positive],
  ['iciti', 'ic', positive], ['ical', 'ic', positive], ['ful', '', positive], ['ness', '', positive],
]);

function step3(w: string): string {
  return applyRules(w, STEP3);
}

const STEP4 = table([
  ['al', '', gt1], ['ance', '', gt1], ['ence', '', gt1], ['er', '', gt1], ['ic', '', gt1],
  ['able', '', gt1], ['ible', '', gt1], ['ant', '', gt1], ['ement', '', gt1], ['ment', '', gt1],
  ['ent', '', gt1], ['ion', '', (s) => gt1(s) && /[st]$/.test(s)], ['ou', '', gt1],
  ['ism', '', gt1], ['ate', '', gt1], ['iti', '', gt1], ['ous', '', gt1], ['ive', '', gt1],
  ['ize', '', gt1],
]);

function step4(w: string): string {
  return applyRules(w, STEP4);
}

function step5a(w: string): string {
  if (!w.endsWith('e')) return w;
  const stem = w.slice(0, -1);
  const m = measure(stem);
  return m > 1 || (m === 1 && !endsCvc(stem)) ? stem : w;
}

function step5b(w: string): string {
  return w.endsWith('ll') && measure(w.slice(0, -1)) > 1 ? w.slice(0, -1) : w;
}

const cache = new Map<string, string>();

/** Stem one lowercase word like nltk.stem.porter.PorterStemmer().stem(word). */
export function porterStem(word: string): string {
  const irregular = IRREGULAR.get(word);
  if (irregular !== undefined) return irregular;
  if (word.length <= 2) return word;
  let stem = cache.get(word);
  if (stem === undefined) {
    stem = step5b(step5a(step4(step3(step2(step1c(step1b(step1a(word))))))));
    if (cache.size > 50_000) cache.clear(); // bound memory on a long-lived page
    cache.set(word, stem);
  }
  return stem;
}
