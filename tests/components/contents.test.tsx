// The contents list on a real rendered body (happy-dom): three headings or more, ids that never
// take the page's user-content- names, a jump that moves the focus, and aria-current from what
// the IntersectionObserver reports (the browser's observer is the one faked edge: happy-dom has
// no layout to observe).
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Contents, CONTENTS_KEY_EVENT } from '../../src/features/contents/Contents';
import type { ObserverFactory } from '../../src/features/contents/use-current';

afterEach(cleanup);

/** An IntersectionObserver the test drives: report(el, crossed) says it is above the line or not. */
function fakeObservers() {
  const observers: { callback: IntersectionObserverCallback; options: IntersectionObserverInit; targets: Element[] }[] = [];
  const factory: ObserverFactory = (callback, options) => {
    const o = { callback, options, targets: [] as Element[] };
    observers.push(o);
    return { observe: (el: Element) => void o.targets.push(el), disconnect: () => void observers.splice(observers.indexOf(o), 1) };
  };
  const entry = (target: Element, isIntersecting: boolean, intersectionRatio = isIntersecting ? 1 : 0) =>
    ({ target, isIntersecting, intersectionRatio }) as IntersectionObserverEntry;
  const line = () => observers.find((o) => o.options.threshold === 0)!;
  const end = () => observers.find((o) => Array.isArray(o.options.threshold))!;
  return {
    factory,
    observers,
    passLine: (targets: Element[], passed: boolean) => act(() => line().callback(targets.map((t) => entry(t, passed)), {} as IntersectionObserver)),
    reachEnd: (reached: boolean) => act(() => end().callback([entry(end().targets[0]!, true, reached ? 1 : 0.5)], {} as IntersectionObserver)),
  };
}

const BODY = `<div><p>Intro.</p><h2 id="user-content-start">Getting started</h2><p>a</p>
  <h3>Details <a href="#user-content-fn1">1</a></h3><p>b</p><h2>   </h2><h2>Wrapping up</h2><p>c</p></div>`;

function renderWith(html: string, io = fakeObservers(), wide = false) {
  const body = document.createElement('article');
  body.className = 'ns-body';
  // The sanitised article body stands in here; the test writes it, no page HTML is involved.
  body.innerHTML = html; // eslint-disable-line no-unsanitized/property
  const main = document.createElement('main');
  main.className = 'ns-page';
  document.body.append(main);
  const view = render(<Contents body={() => body} wide={wide} observe={io.factory} />, { container: main });
  main.append(body);
  return { body, io, view, links: () => [...main.querySelectorAll('nav.ns-contents a')] as HTMLAnchorElement[] };
}

describe('Contents', () => {
  it('lists three headings or more by their text, at their depth, with ids outside the page\'s names', () => {
    const { body, links } = renderWith(BODY);
    const nav = screen.getByRole('navigation', { name: 'Contents' });
    expect(links().map((a) => a.textContent)).toEqual(['Getting started', 'Details 1', 'Wrapping up']);
    expect([...nav.querySelectorAll('li')].map((li) => li.dataset.depth)).toEqual(['0', '1', '0']);
    const ids = [...body.querySelectorAll('h2, h3')].map((h) => h.id);
    // The page's own (prefixed) id is kept; the others get Nutshell's; the empty heading none.
    expect(ids).toEqual(['user-content-start', 'ns-heading-1', '', 'ns-heading-2']);
    expect(links().map((a) => a.getAttribute('href'))).toEqual(['#user-content-start', '#ns-heading-1', '#ns-heading-2']);
    expect(nav.closest('article.ns-body')).toBeNull();
    expect(nav.querySelector('summary')!.textContent).toBe('Contents (3)');
    // A list above the article starts closed.
    expect(nav.querySelector('details')!.open).toBe(false);
  });

  it('is not shown for fewer than three headings', () => {
    const { links, view } = renderWith('<h2>One</h2><p>a</p><h2>Two</h2><p>b</p>');
    expect(links()).toEqual([]);
    expect(view.container.querySelector('nav')).toBeNull();
  });

  it('appears when the rest of a long body arrives with more headings', async () => {
    const { body, links } = renderWith('<h2>One</h2><p>a</p>');
    expect(links()).toEqual([]);
    await act(async () => {
      body.insertAdjacentHTML('beforeend', '<div><h2>Two</h2><h2>Three</h2></div>');
      await new Promise((r) => setTimeout(r, 0)); // MutationObserver callbacks are microtasks
    });
    expect(links().map((a) => a.textContent)).toEqual(['One', 'Two', 'Three']);
  });

  it('a link scrolls to its heading and gives it the focus, without a history entry', () => {
    const { body, links } = renderWith(BODY);
    const target = body.querySelector('h3')!;
    let scrolled = 0;
    target.scrollIntoView = () => void scrolled++;
    const before = location.href;
    fireEvent.click(links()[1]!);
    expect(scrolled).toBe(1);
    expect(document.activeElement).toBe(target);
    expect(target.getAttribute('tabindex')).toBe('-1');
    expect(location.href).toBe(before);
  });

  it('marks the heading the reader is under with aria-current="location"', () => {
    const { body, io, links } = renderWith(BODY);
    const [h1, h2, h3] = [...body.querySelectorAll('h2, h3')].filter((h) => h.textContent!.trim()) as HTMLElement[];
    const current = () => links().filter((a) => a.getAttribute('aria-current') === 'location').map((a) => a.textContent);
    expect(current()).toEqual([]);
    io.passLine([h1!], true);
    expect(current()).toEqual(['Getting started']);
    io.passLine([h2!, h3!], true);
    expect(current()).toEqual(['Wrapping up']);
    io.passLine([h3!], false);
    expect(current()).toEqual(['Details 1']);
    // At the article's end the last heading is current even if it never reached the line.
    io.passLine([h2!], false);
    io.reachEnd(true);
    expect(current()).toEqual(['Wrapping up']);
    io.reachEnd(false);
    expect(current()).toEqual(['Getting started']);
  });

  it('the reader\'s C key opens the list and focuses the current entry; again, closes it', () => {
    const { links } = renderWith(BODY);
    const details = document.querySelector('nav.ns-contents details') as HTMLDetailsElement;
    act(() => void document.dispatchEvent(new CustomEvent(CONTENTS_KEY_EVENT)));
    expect(details.open).toBe(true);
    expect(document.activeElement).toBe(links()[0]);
    act(() => void document.dispatchEvent(new CustomEvent(CONTENTS_KEY_EVENT)));
    expect(details.open).toBe(false);
    expect(document.activeElement).toBe(details.querySelector('summary'));
  });
});
