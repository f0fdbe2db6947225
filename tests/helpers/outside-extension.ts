// webextension-polyfill throws on import outside an extension. Unit tests inject their own
// StorageArea (hypothesis/browser-extension's pattern), so modules under test only need the
// import to succeed: any real use of `browser` here is a test bug and fails loudly.
const browser = new Proxy({}, {
  get(_target, key) {
    throw new Error(`browser.${String(key)} used in a unit test: inject the API instead (or test it end to end)`);
  },
});
export default browser;
