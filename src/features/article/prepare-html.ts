// Media fixes before sanitising (core/extract/lazy-images.ts), on an inert copy of the article's
// HTML: run here rather than in extraction so Article.html stays exactly Readability's content
// (the corpus suite compares them node by node, and the extraction benchmarks score it).
import { prepareMedia } from '../../core/extract/lazy-images';

export function prepareHtml(html: string, url: string): string {
  // An inert document (DOMParser runs nothing, loads nothing). Addresses resolve against the
  // article's URL passed in, not a <base>: the extension pages' CSP (base-uri 'none') refuses one.
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // Through the prototype: the article's own `<img name="body">` would otherwise BE doc.body
  // (document named properties override built-ins), and we would return its empty innerHTML.
  const body = Object.getOwnPropertyDescriptor(Document.prototype, 'body')!.get!.call(doc) as HTMLElement;
  prepareMedia(body, url);
  return body.innerHTML;
}
