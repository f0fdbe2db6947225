// English straight from _locales/en/messages.json, for everything that runs outside a browser
// (the CLI, the benchmarks, the unit tests): the same wording the English UI shows.
import en from '../../../assets/public/_locales/en/messages.json';
import { formatMessage, type MessageEntry } from './format';
import { setTranslator, subStrings, type Translator } from './translator';

const catalog = en as Record<string, MessageEntry>;

export const english: Translator = {
  lang: 'en',
  text: (key, subs) => {
    const entry = catalog[key];
    return entry ? formatMessage(entry, subStrings(subs, 'en')) : key;
  },
};

export function speakEnglish(): void {
  setTranslator(english);
}
