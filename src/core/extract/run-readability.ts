// Readability on a clone of the page, with one retry when it throws. Readability 0.6.0 can walk
// past <body> while promoting a candidate's ancestors and read `tagName` of null
// (wcxb-dev 0135, tests/fixtures/wcxb/); with a single top candidate that walk is skipped.
import { Readability } from '@mozilla/readability';
import { dropForeignBase } from '../base-url';

export type Parsed = NonNullable<ReturnType<Readability<Element>['parse']>>;

/** tabUrl: the tab's real URL; a <base href> on another origin is ignored (core/base-url.ts). */
export function runReadability(doc: Document, tabUrl?: string): Parsed | null {
  try {
    return parse(doc, tabUrl, {});
  } catch {
    return parse(doc, tabUrl, { nbTopCandidates: 1 });
  }
}

function parse(doc: Document, tabUrl: string | undefined, extra: { nbTopCandidates?: number }): Parsed | null {
  const clone = doc.cloneNode(true) as Document;
  if (tabUrl) dropForeignBase(clone, tabUrl);
  // `caption` is the class upstream's own tests preserve; the serializer hands us the element so
  // the text is computed from the same tree the HTML comes from.
  return new Readability<Element>(clone, { classesToPreserve: ['caption'], serializer: (el) => el as Element, ...extra }).parse();
}
