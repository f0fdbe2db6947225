// Readability on a clone of the page, with one retry when it throws. Readability 0.6.0 can walk
// past <body> while promoting a candidate's ancestors and read `tagName` of null
// (wcxb-dev 0135, tests/fixtures/wcxb/); with a single top candidate that walk is skipped.
import { Readability } from '@mozilla/readability';
import { dropForeignBase } from '../base-url';
import { spareWrappers } from './spare-wrappers';

export type Parsed = NonNullable<ReturnType<Readability<Element>['parse']>>;

/**
 * `url` is the tab's real URL: relative links resolve against it, or a same-origin <base> only.
 * `spare`: the page's wrappers are kept from Readability's unlikely-candidate test (spare-wrappers.ts).
 */
export function runReadability(doc: Document, url: string, spare = true): Parsed | null {
  try {
    return parse(doc, url, spare, {});
  } catch {
    return parse(doc, url, spare, { nbTopCandidates: 1 });
  }
}

function parse(doc: Document, url: string, spare: boolean, extra: { nbTopCandidates?: number }): Parsed | null {
  const clone = doc.cloneNode(true) as Document;
  dropForeignBase(clone, url);
  if (spare) spareWrappers(clone);
  // `caption` is the class upstream's own tests preserve; the serializer hands us the element so
  // the text is computed from the same tree the HTML comes from.
  return new Readability<Element>(clone, { classesToPreserve: ['caption'], serializer: (el) => el as Element, ...extra }).parse();
}
