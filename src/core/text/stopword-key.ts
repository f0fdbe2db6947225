// Which stop-word list a language uses, kept apart from words.ts so an extension page can tell
// which file to inject (content/stopwords/<key>.js) without bundling the word machinery.

// BCP-47 primary subtags → the ISO 639-3 keys the `stopword` package uses.
const ISO3: Record<string, string> = {
  af: 'afr', ar: 'ara', bg: 'bul', bn: 'ben', br: 'bre', ca: 'cat', cs: 'ces', da: 'dan', de: 'deu',
  el: 'ell', en: 'eng', eo: 'epo', es: 'spa', et: 'est', eu: 'eus', fa: 'fas', fi: 'fin', fr: 'fra',
  ga: 'gle', gl: 'glg', gu: 'guj', ha: 'hau', he: 'heb', iw: 'heb', hi: 'hin', hr: 'hrv', hu: 'hun',
  hy: 'hye', id: 'ind', in: 'ind', it: 'ita', ja: 'jpn', ko: 'kor', ku: 'kur', la: 'lat', lt: 'lit',
  lv: 'lav', mr: 'mar', ms: 'msa', my: 'mya', nb: 'nob', no: 'nob', nn: 'nob', nl: 'nld',
  pa: 'panGu', pl: 'pol', pt: 'por', ro: 'ron', ru: 'rus', sk: 'slk', sl: 'slv', so: 'som',
  st: 'sot', sv: 'swe', sw: 'swa', th: 'tha', tl: 'tgl', fil: 'tgl', tr: 'tur', uk: 'ukr',
  ur: 'urd', vi: 'vie', yo: 'yor', zh: 'zho', zu: 'zul',
};

/** The primary language subtag of a BCP-47 tag, lowercase ("en-US" → "en"); "en" when unknown. */
export function baseLang(lang: string | null | undefined): string {
  const base = (lang ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return base && /^[a-z]{2,3}$/.test(base) ? base : 'en';
}

/** The `stopword` package key of a language's list ("pt-BR" → "porBr"), '' when it has none. */
export function stopwordKey(lang: string | null | undefined): string {
  const key = ISO3[baseLang(lang)] ?? '';
  return key === 'por' && /^pt[-_]br\b/i.test((lang ?? '').trim()) ? 'porBr' : key;
}

/** The extension file that registers the stop words of `lang`, or null when none is needed (English is bundled). */
export function stopwordFile(lang: string | null | undefined): string | null {
  const key = stopwordKey(lang);
  return key && key !== 'eng' ? `content/stopwords/${key}.js` : null;
}
