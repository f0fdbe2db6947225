// The takeaways box's markup, which every check reads as a contract:
// <section aria-label="Key takeaways" data-source="page|local|ai"> with exactly one <ul> (or, when
// there is nothing to show, a sentence saying so) whose <li>s hold the item text and nothing else.
// Notes go above the list and controls below it, never inside an <li>.
import type { ComponentChildren } from 'preact';
import type { TakeawaySource } from '../core/types';
import { t } from '../platform/i18n';

const SOURCE_KEYS = { page: 'sourcePage', local: 'sourceLocal', ai: 'sourceAi' } as const satisfies Record<TakeawaySource, string>;

interface Props {
  source: TakeawaySource;
  /** The reader changed the items (data-edited). */
  edited?: boolean;
  items: readonly string[];
  /** The article's own direction and language, for the items only. */
  dir?: 'ltr' | 'rtl' | 'auto' | undefined;
  lang?: string | undefined;
  /** Clipped to its first lines (a long box in the popup). */
  folded?: boolean;
  /** Items can be activated (clicked, Enter, Space): they are traceable to the article. */
  onActivate?: ((index: number, item: string) => void) | undefined;
  active?: number | null;
  /** The items are still being computed (on-device AI): no <li> yet, and aria-busy says so. */
  busy?: boolean;
  /** Shown instead of the list when there are no items. */
  empty: string;
  /** Status lines above the list. */
  notes?: ComponentChildren;
  /** Controls below the list. */
  children?: ComponentChildren;
}

export function TakeawaysList({ source, edited, items, dir, lang, folded, onActivate, active, busy, empty, notes, children }: Props) {
  return (
    <section
      class="ns-takeaways"
      aria-label={t('keyTakeaways')}
      data-source={source}
      data-edited={edited ? '' : undefined}
      aria-busy={busy ? 'true' : undefined}
    >
      <div class="ns-takeaways-head">
        <h2>{t('keyTakeaways')}</h2>
        <span class="ns-source">{t(SOURCE_KEYS[source])}</span>
      </div>
      {notes}
      {items.length > 0 ? (
        <ul class={folded ? 'ns-folded' : undefined} dir={dir} lang={lang}>
          {items.map((item, index) =>
            onActivate ? (
              <li
                key={index}
                tabIndex={0}
                class={index === active ? 'ns-active' : undefined}
                title={t('locateTitle')}
                onClick={() => onActivate(index, item)}
                onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), onActivate(index, item))}
              >
                {item}
              </li>
            ) : (
              <li key={index}>{item}</li>
            ),
          )}
        </ul>
      ) : (
        empty && <p class="ns-empty">{empty}</p>
      )}
      {children}
    </section>
  );
}
