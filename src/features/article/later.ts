// A component whose code loads after the page's first paint, in its own chunk: for features the
// first screen does not need (the reader's keys), so the popup's and the reader's eager bundles
// stay within their budgets (tests/build/bundle-size.test.ts, issue 13).
import { h, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

export function later<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<void> | null = null;
  return function Later(props: P) {
    const [, setReady] = useState(false);
    useEffect(() => {
      if (loaded) return;
      let live = true;
      void (pending ??= load().then((c) => void (loaded = c))).then(() => live && setReady(true));
      return () => void (live = false);
    }, []);
    return loaded ? h(loaded, props) : null;
  };
}
