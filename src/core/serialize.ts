// Article markup as a string that parses back to the same tree, so text the page never showed as
// markup cannot become markup. innerHTML writes the text inside raw-text elements (xmp, noembed,
// iframe, noscript, script, style…), comments and processing instructions out verbatim: a page
// script that puts `</xmp><img src=//evil>` into an <xmp> gets a live <img> on the reader's side
// once the string is parsed again (DOMPurify then keeps the img: it is harmless markup, but a
// beacon). So before serialising a copy we empty the elements whose text is not escaped, drop
// comments, processing instructions and templates, and turn
// <xmp>/<plaintext> (which show their text) into <pre> with the same text as text.
// Spec: https://html.spec.whatwg.org/multipage/parsing.html#serialising-html-fragments
const HTML_NS = 'http://www.w3.org/1999/xhtml';
/** Elements whose text children the HTML serialiser writes unescaped (noscript: scripting on). */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext', 'noscript']);
/** Of those, the ones a reader sees the text of. */
const SHOWN_AS_TEXT = new Set(['xmp', 'plaintext']);
// Node types, as numbers: core code gets no DOM globals (Node.COMMENT_NODE is a global).
const ELEMENT = 1;
const CDATA = 4;
const PROCESSING_INSTRUCTION = 7;
const COMMENT = 8;

/** The element's children as HTML in which every text node is escaped text. */
export function serializeArticle(content: Element): string {
  const copy = content.cloneNode(true) as Element;
  const doc = copy.ownerDocument;
  // An explicit stack, not recursion: a hostile page can nest elements tens of thousands deep.
  const stack: Node[] = [copy];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (let child = node.firstChild; child; ) {
      const next = child.nextSibling;
      const type = child.nodeType;
      if (type === COMMENT || type === PROCESSING_INSTRUCTION || type === CDATA) {
        node.removeChild(child);
      } else if (type === ELEMENT) {
        const el = child as Element;
        const html = el.namespaceURI === HTML_NS || el.namespaceURI === null;
        const name = el.localName.toLowerCase();
        if (html && SHOWN_AS_TEXT.has(name)) {
          const pre = doc.createElement('pre');
          pre.appendChild(doc.createTextNode(el.textContent ?? ''));
          node.replaceChild(pre, el);
        } else if (html && RAW_TEXT.has(name)) {
          // The element stays (Readability keeps video <iframe>s: the Article matches upstream);
          // its raw text, never shown to a reader, goes.
          while (el.firstChild) el.removeChild(el.firstChild);
        } else if (html && name === 'template') {
          // Its content is a separate fragment that innerHTML writes out too.
          node.removeChild(el);
        } else {
          stack.push(el);
        }
      }
      child = next;
    }
  }
  return copy.innerHTML;
}
