// The CSS Custom Highlight API as far as the spec shapes it (Highlight is a set of ranges,
// CSS.highlights a map from name to Highlight), for happy-dom, which has neither.
export function installFakeHighlights(win: Window & typeof globalThis): Map<string, Set<Range>> {
  class FakeHighlight extends Set<Range> {
    priority = 0;
    type = 'highlight';
    constructor(...ranges: Range[]) {
      super(ranges);
    }
  }
  const registry = new Map<string, Set<Range>>();
  Object.defineProperty(win, 'Highlight', { value: FakeHighlight, configurable: true, writable: true });
  const css = (win as unknown as { CSS?: object }).CSS ?? {};
  Object.defineProperty(css, 'highlights', { value: registry, configurable: true });
  Object.defineProperty(win, 'CSS', { value: css, configurable: true, writable: true });
  return registry;
}
