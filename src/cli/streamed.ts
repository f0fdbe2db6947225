// React's streaming server rendering (React 18+, Next.js app router, GitBook…) sends what a
// Suspense boundary waited for late in the body, as `<div hidden id="S:n">`, and an inline script
// `$RC("B:n","S:n")` then moves it over the boundary's fallback (`<!--$?--><template id="B:n">
// …<!--/$-->`); `$RS("S:n","P:n")` does the same for a segment. A browser has run these by the time
// a reader clicks; a saved page parsed without scripts has not, and its text (code blocks, whole
// sections) sits hidden at the end, where Readability never looks. The command line reads a page
// as the browser shows it, so it replays those calls, in their order (a moved part may hold the
// next boundary). Only the calls' effect on the tree is replayed: no page script runs.
// React's own code: packages/react-dom-bindings/src/server/fizz-instruction-set/.

const CALL = /\$R([CRS])\("([^"]+)","([^"]+)"/g;

/** Replays the page's streamed-boundary calls; returns how many parts moved into place. */
export function placeStreamedParts(doc: Document): number {
  let placed = 0;
  for (const script of doc.querySelectorAll('script:not([src])')) {
    const code = script.textContent ?? '';
    if (!code.includes('$R')) continue;
    for (const [, kind, first = '', second = ''] of code.matchAll(CALL)) {
      if (kind === 'S' ? placeSegment(doc, first, second) : placeBoundary(doc, first, second)) placed++;
    }
  }
  return placed;
}

/** `$RC(boundary, segment)` (and `$RR`, the same with stylesheets to load first). */
function placeBoundary(doc: Document, boundaryId: string, segmentId: string): boolean {
  const segment = doc.getElementById(segmentId);
  if (!segment) return false;
  const template = doc.getElementById(boundaryId);
  const parent = template?.parentNode;
  const start = template?.previousSibling;
  segment.remove();
  if (!template || !parent || start?.nodeType !== 8) return false;
  // Drop the fallback: from the template to the boundary's closing <!--/$-->, nested ones counted.
  let node: ChildNode | null = template;
  let depth = 0;
  while (node) {
    if (node.nodeType === 8) {
      const data = (node as Comment).data;
      if (data === '/$') {
        if (depth === 0) break;
        depth--;
      } else if (data === '$' || data === '$?' || data === '$!') depth++;
    }
    const next: ChildNode | null = node.nextSibling;
    node.remove();
    node = next;
  }
  while (segment.firstChild) parent.insertBefore(segment.firstChild, node);
  (start as Comment).data = '$';
  return true;
}

/** `$RS(segment, placeholder)`: the segment's nodes replace the placeholder. */
function placeSegment(doc: Document, segmentId: string, placeholderId: string): boolean {
  const segment = doc.getElementById(segmentId);
  const placeholder = doc.getElementById(placeholderId);
  if (!segment || !placeholder?.parentNode) return false;
  segment.remove();
  while (segment.firstChild) placeholder.parentNode.insertBefore(segment.firstChild, placeholder);
  placeholder.remove();
  return true;
}
