// Readability on a clone of the page, with one retry when it throws. Readability 0.6.0 can walk
// past <body> while promoting a candidate's ancestors and read `tagName` of null
// (wcxb-dev 0135, tests/fixtures/wcxb/); with a single top candidate that walk is skipped.
import { Readability } from '@mozilla/readability';
import { dropForeignBase } from '../base-url';

export type Parsed = NonNullable<ReturnType<Readability<Element>['parse']>>;

/** `url` is the tab's real URL: relative links resolve against it, or a same-origin <base> only. */
export function runReadability(doc: Document, url: string): Parsed | null {
  try {
    return parse(doc, url, {});
  } catch {
    return parse(doc, url, { nbTopCandidates: 1 });
  }
}

function parse(doc: Document, url: string, extra: { nbTopCandidates?: number }): Parsed | null {
  const clone = doc.cloneNode(true) as Document;
  dropForeignBase(clone, url);
  // `caption` is the class upstream's own tests preserve; the serializer hands us the element so
  // the text is computed from the same tree the HTML comes from.
  return new Readability<Element>(clone, { classesToPreserve: ['caption'], serializer: (el) => el as Element, ...extra }).parse();
}
