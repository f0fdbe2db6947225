// Readability on a clone of the page, with one retry when it throws. Readability 0.6.0 can walk
// past <body> while promoting a candidate's ancestors and read `tagName` of null
// (wcxb-dev 0135, tests/fixtures/wcxb/); with a single top candidate that walk is skipped.
// On the copy Readability reads, elements a page marks `class="nocontent"` are gone first: the
// class is Google's "not content" marker (Programmable Search and the Search Appliance skip it),
// which Google's developer docs put on feedback widgets, licence footers and "was this helpful"
// boxes that Readability keeps. On wcxb-dev 26 pages use it, none with annotated content inside.
import { Readability } from '@mozilla/readability';
import { dropForeignBase } from '../base-url';
import { spareWrappers } from './spare-wrappers';

export type Parsed = NonNullable<ReturnType<Readability<Element>['parse']>>;

export interface Prepare {
  /** The page's wrappers are kept from Readability's unlikely-candidate test (spare-wrappers.ts). */
  spare?: boolean;
  /** Elements marked `nocontent` are removed. */
  marked?: boolean;
}

/** `url` is the tab's real URL: relative links resolve against it, or a same-origin <base> only. */
export function runReadability(doc: Document, url: string, prepare: Prepare = { spare: true, marked: true }): Parsed | null {
  try {
    return parse(doc, url, prepare, {});
  } catch {
    return parse(doc, url, prepare, { nbTopCandidates: 1 });
  }
}

function parse(doc: Document, url: string, prepare: Prepare, extra: { nbTopCandidates?: number }): Parsed | null {
  const clone = doc.cloneNode(true) as Document;
  dropForeignBase(clone, url);
  if (prepare.marked) for (const el of clone.querySelectorAll('.nocontent')) el.remove();
  if (prepare.spare) spareWrappers(clone);
  // `caption` is the class upstream's own tests preserve; the serializer hands us the element so
  // the text is computed from the same tree the HTML comes from.
  return new Readability<Element>(clone, { classesToPreserve: ['caption'], serializer: (el) => el as Element, ...extra }).parse();
}
