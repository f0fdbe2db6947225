import { describe, expect, it } from 'vitest';
import {
  buildQueue, findSentence, nextParagraph, nextSentence, previousParagraph, previousSentence, sentenceAt, wordEnd,
} from '../../../src/core/read-aloud/queue';
import { clampRate, orderVoices } from '../../../src/core/read-aloud/voices';
import { splitSentences } from '../../../src/core/text/sentences';

const BLOCKS = [
  'Heading of the piece',
  'Mr. Smith went to Washington. He met the U.S. Senate on Tuesday. Nobody expected it.',
  'A second paragraph. It has two sentences.',
  'One more.',
];
const queue = buildQueue(BLOCKS, 'en');

describe('the read-aloud queue', () => {
  it('cuts each block with the key sentences splitter, keeping block and offsets', () => {
    expect(queue.map((s) => [s.block, s.text])).toEqual([
      [0, 'Heading of the piece'],
      [1, 'Mr. Smith went to Washington.'],
      [1, 'He met the U.S. Senate on Tuesday.'],
      [1, 'Nobody expected it.'],
      [2, 'A second paragraph.'],
      [2, 'It has two sentences.'],
      [3, 'One more.'],
    ]);
    // The same sentences the takeaways splitter returns for that block.
    expect(queue.filter((s) => s.block === 1).map((s) => s.text)).toEqual(splitSentences(BLOCKS[1]!, 'en').map((s) => s.text));
    for (const s of queue) expect(BLOCKS[s.block]!.slice(s.start, s.end)).toBe(s.text);
  });

  it('moves by sentence, staying at the first and ending after the last', () => {
    expect(nextSentence(queue, 0)).toBe(1);
    expect(nextSentence(queue, 6)).toBeNull();
    expect(previousSentence(queue, 3)).toBe(2);
    expect(previousSentence(queue, 0)).toBe(0);
  });

  it('moves by paragraph: next goes to the next block, previous restarts the block first', () => {
    expect(nextParagraph(queue, 1)).toBe(4);
    expect(nextParagraph(queue, 2)).toBe(4);
    expect(nextParagraph(queue, 6)).toBeNull();
    expect(previousParagraph(queue, 3)).toBe(1); // mid-paragraph: its start
    expect(previousParagraph(queue, 4)).toBe(1); // at a start: the paragraph before
    expect(previousParagraph(queue, 1)).toBe(0);
    expect(previousParagraph(queue, 0)).toBe(0);
  });

  it('finds the sentence under a click offset in a block', () => {
    const b = BLOCKS[1]!;
    expect(sentenceAt(queue, 1, 0)).toBe(1);
    expect(sentenceAt(queue, 1, b.indexOf('Senate'))).toBe(2);
    expect(sentenceAt(queue, 1, b.indexOf('Nobody'))).toBe(3);
    expect(sentenceAt(queue, 1, b.length)).toBe(3);
    expect(sentenceAt(queue, 9, 0)).toBeNull();
  });

  it('finds a takeaway whitespace-insensitively, and says null when the body does not hold it', () => {
    expect(findSentence(queue, 'He met the U.S.  Senate\non Tuesday.')).toBe(2);
    expect(findSentence(queue, 'It has two sentences.')).toBe(5);
    expect(findSentence(queue, 'Not in the article.')).toBeNull();
    expect(findSentence(queue, '   ')).toBeNull();
  });

  it('clamps the speed to 0.5–2 in quarter steps', () => {
    expect([0.1, 0.5, 0.8, 1, 1.3, 2, 3.5, Number.NaN].map(clampRate)).toEqual([0.5, 0.5, 0.75, 1, 1.25, 2, 2, 1]);
  });

  it('ends a word at charLength, or at the next space when the engine gives none', () => {
    const text = 'He met the Senate.';
    expect(wordEnd(text, 3, 3)).toBe(6);
    expect(wordEnd(text, 11)).toBe(text.length);
    expect(wordEnd(text, 7, 0)).toBe(10);
  });
});

describe('voice order', () => {
  const v = (voiceURI: string, lang: string, localService = true, isDefault = false) => ({ name: voiceURI, voiceURI, lang, localService, default: isDefault });
  const voices = [v('remote-en', 'en-US', false), v('de', 'de-DE'), v('us', 'en-US'), v('gb', 'en-GB', true, true), v('fr', 'fr_FR')];

  it('offers local voices only, the article language first (exact tag, then base), the default first', () => {
    const { matching, others } = orderVoices(voices, 'en-US');
    expect(matching.map((x) => x.voiceURI)).toEqual(['us', 'gb']);
    expect(others.map((x) => x.voiceURI)).toEqual(['de', 'fr']);
    expect(orderVoices(voices, 'en').matching.map((x) => x.voiceURI)).toEqual(['gb', 'us']);
    expect(orderVoices(voices, 'fr-FR').matching.map((x) => x.voiceURI)).toEqual(['fr']);
    expect(orderVoices(voices, null).matching).toEqual([]);
  });
});
