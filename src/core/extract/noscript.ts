// Pages that put their whole content in <noscript> for crawlers (Discourse's forum threads:
// `<noscript data-path=…>` holds every post, the app renders them with JS). Readability removes
// noscript, so it finds nothing there. When it found little, it gets a copy with the large
// noscript blocks' content put in their place. Only where the parser made elements of it (a page
// parsed with scripting off, as the CLI's linkedom does): in a browser with scripting on,
// noscript holds raw text and the page's own script renders the content.
import { wordsOf } from './words';

/** A noscript block with fewer words than this is a "please enable JavaScript" notice. */
const MIN_WORDS = 50;

export function unwrapNoscript(doc: Document): Document | null {
  const copy = doc.cloneNode(true) as Document;
  let unwrapped = 0;
  for (const block of [...copy.getElementsByTagName('noscript')]) {
    const parent = block.parentNode;
    if (!parent) continue;
    if (!block.children.length) continue;
    const nodes: Node[] = [...block.childNodes];
    const words = nodes.reduce((sum, node) => sum + wordsOf(node.textContent ?? '').length, 0);
    if (words < MIN_WORDS) continue;
    for (const node of nodes) parent.insertBefore(node, block);
    block.remove();
    unwrapped++;
  }
  return unwrapped ? copy : null;
}
