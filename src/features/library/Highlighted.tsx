// Text with the search's matches in <mark>; always text, never HTML.
import { highlightRanges, splitByRanges } from '../../core/library/search';

export function Highlighted({ text, terms }: { text: string; terms: string[] }) {
  if (terms.length === 0) return <>{text}</>;
  return (
    <>
      {splitByRanges(text, highlightRanges(text, terms)).map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : part.text))}
    </>
  );
}
