// The article's table of contents (issue 10): for three headings or more, a collapsible list (in
// the popup, and above the article in a narrow reader) or a column beside the article (a wide
// reader). It jumps to a heading and marks where the reader is with aria-current="location".
// It is Nutshell's own UI: it sits outside article.ns-body and only gives headings ids and a tab
// stop; it never moves or restyles the body's content.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { t } from '../../platform/i18n';
import { MIN_HEADINGS, type Heading } from './headings';
import { useCurrentHeading, type ObserverFactory } from './use-current';
import { useHeadings } from './use-headings';
import { useSideColumn } from './use-side-column';

/** Dispatched on document by the reader's `c` key (features/reader-keys). */
export const CONTENTS_KEY_EVENT = 'nutshell:contents-key';

interface Props {
  body: () => HTMLElement | null;
  /** The reader may show a side column; the popup never does. */
  wide: boolean;
  /** IntersectionObserver's constructor, handed in by component tests. */
  observe?: ObserverFactory;
}

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

export function Contents({ body, wide, observe }: Props) {
  const headings = useHeadings(body);
  const nav = useRef<HTMLElement>(null);
  const page = useRef(() => nav.current?.closest<HTMLElement>('.ns-page') ?? null).current;
  const enough = headings.length >= MIN_HEADINGS;
  const column = useSideColumn(wide && enough, page);
  const side = column !== null;
  const targets = useMemo(() => (enough ? headings.map((h) => h.el) : NONE), [headings, enough]);
  const current = useCurrentHeading(targets, enough ? body() : null, observe);
  const [open, setOpen] = useState(side);
  // For tests and bench/: the headings were read (also when there are too few for a list).
  useEffect(() => void performance.mark('nutshell:contents-read'), [headings]);
  // Switching between column and list: a column starts open, a list above the article closed.
  useEffect(() => setOpen(side), [side]);

  const focusEntry = () => {
    const list = nav.current;
    const link = list?.querySelector<HTMLElement>('a[aria-current]') ?? list?.querySelector<HTMLElement>('a');
    link?.focus();
  };
  useEffect(() => {
    const onKey = () => {
      const here = nav.current;
      if (!here) return;
      const details = here.querySelector('details')!;
      if (details.open && here.contains(document.activeElement)) {
        setOpen(false);
        here.querySelector<HTMLElement>('summary')?.focus();
      } else {
        setOpen(true);
        // The list is in the DOM already (details only hides it): focus once it is shown.
        details.open = true;
        focusEntry();
      }
    };
    document.addEventListener(CONTENTS_KEY_EVENT, onKey);
    return () => document.removeEventListener(CONTENTS_KEY_EVENT, onKey);
  }, []);
  // Keep the current entry in sight inside a column that scrolls on its own (not the page).
  useEffect(() => {
    const scroller = nav.current?.querySelector<HTMLElement>('.ns-contents-list');
    const link = scroller?.querySelector<HTMLElement>('a[aria-current]');
    if (!side || !scroller || !link) return;
    const top = link.offsetTop - scroller.offsetTop;
    if (top < scroller.scrollTop || top + link.offsetHeight > scroller.scrollTop + scroller.clientHeight) {
      scroller.scrollTop = top - scroller.clientHeight / 3;
    }
  }, [current, side]);

  if (!enough) return null;
  return (
    <nav ref={nav} class="ns-contents" aria-label={t('contentsTitle')} data-layout={side ? 'side' : 'list'}
      style={side ? { width: `${column}px` } : undefined}>
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>{t('contentsTitle')} <span class="ns-contents-count">{t('contentsCount', headings.length)}</span></summary>
        <ol class="ns-contents-list">
          {headings.map((h) => (
            <li key={h.id} data-depth={h.depth}>
              <a href={`#${h.id}`} aria-current={h.id === current ? 'location' : undefined} onClick={(e) => jump(e, h)}>{h.text}</a>
            </li>
          ))}
        </ol>
      </details>
    </nav>
  );
}

const NONE: HTMLElement[] = [];

function jump(e: MouseEvent, heading: Heading) {
  // In-page, without a history entry per click: scroll there and move the keyboard focus with it,
  // so Tab continues from the heading (a tab stop that only script gives, never the Tab order).
  e.preventDefault();
  heading.el.scrollIntoView({ behavior: reducedMotion() ? 'auto' : 'smooth', block: 'start' });
  if (!heading.el.hasAttribute('tabindex')) heading.el.setAttribute('tabindex', '-1');
  heading.el.focus({ preventScroll: true });
}
