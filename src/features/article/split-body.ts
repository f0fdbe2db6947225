// Long articles render their first screen first (issue 13): sanitising and laying out wikipedia-2's
// 600 kB body in one go blocked the popup for ~300 ms before anything showed. Readability's
// content is one wrapper <div> whose children are the article's blocks; they are independent, so
// the first few can be sanitised and shown at once and the rest a task later, each piece
// sanitised exactly once. The split parses the untrusted HTML with DOMParser, which is inert
// (no scripts run, nothing loads), and hands on only strings for the sanitiser.

/** Bodies shorter than this render in one piece, as before. */
export const SPLIT_ABOVE_CHARS = 60_000;
/** About two popup screens of text: the first piece stops after this much. */
const FIRST_SCREEN_TEXT = 3_000;

export interface BodyPieces {
  first: string;
  rest: string;
}

export function splitBody(html: string, parser: Pick<DOMParser, 'parseFromString'> = new DOMParser()): BodyPieces {
  if (html.length <= SPLIT_ABOVE_CHARS) return { first: html, rest: '' };
  const doc = parser.parseFromString(html, 'text/html');
  // Down through wrappers with a single child and no text of their own (Readability's page <div>,
  // Wikipedia's content <div>…): the blocks are below them. Their tags are not kept (the sanitiser
  // drops classes anyway).
  let wrapper: Element = doc.body;
  while (wrapper.children.length === 1 && wrapper.firstElementChild!.children.length > 0 && onlyChildHoldsText(wrapper)) {
    wrapper = wrapper.firstElementChild!;
  }
  // Every child node, text between blocks included (Wikipedia has some).
  const blocks = [...wrapper.childNodes];
  let text = 0;
  let cut = 0;
  while (cut < blocks.length && text < FIRST_SCREEN_TEXT) text += (blocks[cut++]!.textContent ?? '').length;
  if (cut >= blocks.length) return { first: html, rest: '' };
  const outer = (nodes: ChildNode[]) => nodes.map(serialize).join('');
  return { first: outer(blocks.slice(0, cut)), rest: outer(blocks.slice(cut)) };
}

function onlyChildHoldsText(el: Element): boolean {
  return [...el.childNodes].every((n) => n === el.firstElementChild || !(n.textContent ?? '').trim());
}

/** A node as HTML: elements as they are, text escaped, comments dropped. */
function serialize(node: ChildNode): string {
  if (node.nodeType === 1) return (node as Element).outerHTML;
  if (node.nodeType === 3) return (node.textContent ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return '';
}
