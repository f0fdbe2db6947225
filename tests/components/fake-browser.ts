// The browser's extension API as the components see it through webextension-polyfill, faked at the
// edge (never our own modules): storage.local in memory, with each write's outcome decided by the
// test. Anything else the components touch is a test bug and fails loudly.
type Items = Record<string, unknown>;

export const storageArea = {
  data: {} as Items,
  /** How the next set() ends; default: stored at once. */
  onSet: null as ((items: Items) => Promise<void>) | null,
  reset(): void {
    this.data = {};
    this.onSet = null;
  },
  async get(key?: string | string[] | null): Promise<Items> {
    if (typeof key === 'string') return key in this.data ? { [key]: this.data[key] } : {};
    return { ...this.data };
  },
  async set(items: Items): Promise<void> {
    if (this.onSet) await this.onSet(items);
    Object.assign(this.data, items);
  },
};

const browser = new Proxy({ storage: { local: storageArea } } as Record<string, unknown>, {
  get(target, key) {
    if (key in target) return target[key as string];
    throw new Error(`browser.${String(key)} is not faked for component tests`);
  },
});
export default browser;
