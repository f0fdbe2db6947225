// The browser's extension API as the components see it through webextension-polyfill, faked at the
// edge (never our own modules): storage.local in memory, with each write's outcome decided by the
// test. Anything else the components touch is a test bug and fails loudly.
import enMessages from '../../assets/public/_locales/en/messages.json';

type Items = Record<string, unknown>;
type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>) => void;
type AnyAreaListener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, areaName: string) => void;

/** browser.storage.onChanged: every area's changes, with the area's name. */
const anyArea = new Set<AnyAreaListener>();
const storageOnChanged = {
  addListener: (l: AnyAreaListener) => void anyArea.add(l),
  removeListener: (l: AnyAreaListener) => void anyArea.delete(l),
};

function fakeArea(name: string) {
  const listeners = new Set<Listener>();
  return {
    data: {} as Items,
    /** How the next set() ends; default: stored at once. */
    onSet: null as ((items: Items) => Promise<void>) | null,
    listeners,
    reset(): void {
      this.data = {};
      this.onSet = null;
      this.listeners.clear();
    },
    async get(keys?: string | string[] | null): Promise<Items> {
      if (keys === null || keys === undefined) return { ...this.data };
      const wanted = typeof keys === 'string' ? [keys] : keys;
      return Object.fromEntries(wanted.filter((k) => k in this.data).map((k) => [k, this.data[k]]));
    },
    async getKeys(): Promise<string[]> {
      return Object.keys(this.data);
    },
    async set(items: Items): Promise<void> {
      if (this.onSet) await this.onSet(items);
      const changes = Object.fromEntries(Object.entries(items).map(([k, v]) => [k, { oldValue: this.data[k], newValue: v }]));
      Object.assign(this.data, items);
      this.listeners.forEach((l) => l(changes));
      anyArea.forEach((l) => l(changes, name));
    },
    async remove(keys: string | string[]): Promise<void> {
      const gone = (typeof keys === 'string' ? [keys] : keys).filter((k) => k in this.data);
      const changes = Object.fromEntries(gone.map((k) => [k, { oldValue: this.data[k] }]));
      gone.forEach((k) => delete this.data[k]);
      if (gone.length) this.listeners.forEach((l) => l(changes));
      if (gone.length) anyArea.forEach((l) => l(changes, name));
    },
    onChanged: {
      addListener: (l: Listener) => listeners.add(l),
      removeListener: (l: Listener) => listeners.delete(l),
    },
  };
}

export const storageArea = fakeArea('local');
export const syncArea = fakeArea('sync');

/** runtime.sendMessage reaches the background; each test says how it answers (none: it rejects). */
export const runtime = {
  id: 'nutshell@test',
  answer: null as ((message: unknown) => Promise<unknown>) | null,
  sendMessage(message: unknown): Promise<unknown> {
    return this.answer ? this.answer(message) : Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
  },
};

// i18n as the browser does it, from the real English messages (placeholders and $1…$9 included).
type Message = { message: string; placeholders?: Record<string, { content: string }> };
const english = enMessages as Record<string, Message>;
export const i18n = {
  getMessage(key: string, subs?: string | string[]): string {
    if (key === '@@bidi_dir') return 'ltr';
    const entry = english[key];
    if (!entry) return '';
    const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
    const fill = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '');
    return entry.message
      .replace(/\$([A-Za-z0-9_@]+)\$/g, (m, name: string) => {
        const ph = entry.placeholders?.[name.toLowerCase()] ?? entry.placeholders?.[name];
        return ph ? fill(ph.content) : m;
      })
      .replace(/\$(\d)/g, (_, n: string) => list[Number(n) - 1] ?? '')
      .replace(/\$\$/g, '$');
  },
  getUILanguage: () => 'en',
};

const browser = new Proxy({ storage: { local: storageArea, sync: syncArea, onChanged: storageOnChanged }, i18n, runtime } as Record<string, unknown>, {
  get(target, key) {
    if (key in target) return target[key as string];
    throw new Error(`browser.${String(key)} is not faked for component tests`);
  },
});
export default browser;
