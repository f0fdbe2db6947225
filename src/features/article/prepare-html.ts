// Media fixes before sanitising (core/extract/lazy-images.ts), on an inert copy of the article's
// HTML: run here rather than in extraction so Article.html stays exactly Readability's content
// (the corpus suite compares them node by node, and the extraction benchmarks score it).
import { prepareMedia } from '../../core/extract/lazy-images';

export function prepareHtml(html: string, url: string): string {
  const doc = new DOMParser().parseFromString(`<!doctype html><html><head><base href=""></head><body></body></html>`, 'text/html');
  doc.querySelector('base')!.setAttribute('href', url);
  const inert = new DOMParser().parseFromString(html, 'text/html');
  doc.body.append(...Array.from(inert.body.childNodes).map((n) => doc.adoptNode(n)));
  prepareMedia(doc.body);
  return doc.body.innerHTML;
}
