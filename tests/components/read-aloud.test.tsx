// Read aloud composed as ArticleView composes it (toolbar button, takeaways box, body, bar; the
// view itself is not rendered: its prepareHtml reads Document.prototype.body, which happy-dom
// keeps elsewhere), with the speech engine and the highlight registry faked at the
// browser's edge (tests/fakes): play, boundaries, end, navigation, speed, voices, starting points.
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useRef } from 'preact/hooks';
import { ReadAloudBar, ReadAloudButton } from '../../src/features/read-aloud/ReadAloud';
import { TOGGLE_EVENT, useReadAloud } from '../../src/features/read-aloud/use-read-aloud';
import { TakeawaysBox } from '../../src/features/takeaways/TakeawaysBox';
import type { Article } from '../../src/core/types';
import { FAKE_VOICES, installFakeSpeech, type FakeSpeechControl } from '../fakes/fake-speech';
import { installFakeHighlights } from '../fakes/fake-highlights';
import { article } from './fakes';

const HTML = `<h2>The vote</h2>
<p>The council voted on Tuesday to build a new bridge. The vote was close.</p>
<p>The bridge will cost about 40 million dollars. It should open in 2027. Residents   welcomed it.</p>
<pre><code>not read aloud</code></pre>
<ul><li><p>A listed point.</p></li></ul>`;
const TAKEAWAY = 'The bridge will cost about 40 million dollars.';

let fake: FakeSpeechControl;
let highlights: Map<string, Set<Range>>;
const win = window as unknown as Window & typeof globalThis;
beforeEach(() => {
  fake = installFakeSpeech(win, FAKE_VOICES);
  highlights = installFakeHighlights(win);
});
afterEach(() => cleanup());

function View({ a }: { a: Article }) {
  const body = useRef<HTMLElement>(null);
  const aloud = useReadAloud(() => body.current, a.lang ?? undefined);
  return (
    <main>
      <nav class="ns-toolbar"><ReadAloudButton aloud={aloud} /></nav>
      <TakeawaysBox article={a} compact={false} body={() => body.current} />
      <article ref={body} class="ns-body" dangerouslySetInnerHTML={{ __html: a.html }} />
      <ReadAloudBar aloud={aloud} />
    </main>
  );
}

async function open() {
  render(<View a={article({ source: 'local', items: [TAKEAWAY] }, { html: HTML })} />);
  const play = await screen.findByRole('button', { name: 'Read aloud' });
  await waitFor(() => expect((play as HTMLButtonElement).disabled).toBe(false)); // voices arrived
  return play;
}
/** Play, then wait for the player and the bar (both loaded on first use). */
async function start(play: HTMLElement) {
  fireEvent.click(play);
  await screen.findByRole('region', { name: 'Read aloud controls' });
}
const painted = (name = 'nutshell-read-aloud') => [...(highlights.get(name) ?? [])].map((r) => r.toString());
const spoken = () => fake.log.map((l) => l.text);
const bar = () => within(screen.getByRole('region', { name: 'Read aloud controls' }));
const position = () => document.querySelector('.ns-aloud-position')?.textContent;

describe('read aloud', () => {
  it('plays from the first sentence, highlights it, and advances on end', async () => {
    const play = await open();
    expect(screen.queryByRole('region', { name: 'Read aloud controls' })).toBeNull();
    await start(play);
    expect(spoken()).toEqual(['The vote']);
    expect(painted()).toEqual(['The vote']);
    expect(screen.getByRole('region', { name: 'Read aloud controls' }).closest('article')).toBeNull();
    fake.end();
    await waitFor(() => expect(position()).toBe('Sentence 2 of 7'));
    expect(spoken().at(-1)).toBe('The council voted on Tuesday to build a new bridge.');
    expect(painted()).toEqual(['The council voted on Tuesday to build a new bridge.']);
    // A word boundary paints the word (charLength given, or up to the next space).
    fake.boundary('word', 4, 7);
    expect(painted('nutshell-read-aloud-word')).toEqual(['council']);
    fake.boundary('word', 12);
    expect(painted('nutshell-read-aloud-word')).toEqual(['voted']);
    // Code is not read; the list item's paragraph is; after the last sentence reading stops.
    for (let i = 0; i < 5; i++) fake.end();
    expect(spoken().at(-1)).toBe('A listed point.');
    fake.end();
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Read aloud controls' })).toBeNull());
    expect(painted()).toEqual([]);
    expect(spoken()).not.toContain('not read aloud');
  });

  it('moves by sentence and paragraph, pauses and resumes the sentence', async () => {
    await start(await open());
    fireEvent.click(screen.getByRole('button', { name: 'Next paragraph' }));
    expect(fake.current()?.text).toBe('The council voted on Tuesday to build a new bridge.');
    fireEvent.click(screen.getByRole('button', { name: 'Next paragraph' }));
    expect(fake.current()?.text).toBe(TAKEAWAY);
    fireEvent.click(screen.getByRole('button', { name: 'Next sentence' }));
    expect(fake.current()?.text).toBe('It should open in 2027.');
    fireEvent.click(screen.getByRole('button', { name: 'Previous sentence' }));
    expect(fake.current()?.text).toBe(TAKEAWAY);
    fireEvent.click(screen.getByRole('button', { name: 'Previous paragraph' }));
    expect(fake.current()?.text).toBe('The council voted on Tuesday to build a new bridge.');
    // The interrupted utterances' error events did not advance anything.
    expect(position()).toBe('Sentence 2 of 7');
    fireEvent.click(screen.getByRole('button', { name: 'Pause reading', pressed: true })); // the toolbar's
    expect(fake.current()).toBeNull();
    expect(painted()).toEqual(['The council voted on Tuesday to build a new bridge.']);
    fireEvent.click(bar().getByRole('button', { name: 'Resume reading' })); // the bar's
    expect(fake.current()?.text).toBe('The council voted on Tuesday to build a new bridge.');
  });

  it('changes speed and voice at once, with local voices only, the article language first', async () => {
    await start(await open());
    const voice = screen.getByRole('combobox', { name: 'Voice' }) as HTMLSelectElement;
    const groups = [...voice.querySelectorAll('optgroup')].map((g) => [g.label, [...g.querySelectorAll('option')].map((o) => o.value)]);
    expect(groups).toEqual([["For this article's language", ['fake-en-gb', 'fake-en-us']], ['Other languages', ['fake-de']]]);
    expect(fake.log[0]).toMatchObject({ voice: 'fake-en-gb', rate: 1 });
    fireEvent.change(screen.getByRole('combobox', { name: 'Speed' }), { target: { value: '1.5' } });
    expect(fake.current()).toEqual({ text: 'The vote', rate: 1.5 });
    fireEvent.change(voice, { target: { value: 'fake-de' } });
    expect(fake.log.at(-1)).toMatchObject({ text: 'The vote', voice: 'fake-de', rate: 1.5, lang: 'de-DE' });
    fake.end();
    expect(fake.log.at(-1)).toMatchObject({ voice: 'fake-de', rate: 1.5 });
  });

  it('starts from an Alt+clicked sentence and from a key sentence', async () => {
    const play = await open();
    const second = [...document.querySelectorAll('article.ns-body p')][1]!;
    fireEvent.click(second, { altKey: true });
    await waitFor(() => expect(fake.current()?.text).toBe(TAKEAWAY)); // no caret API in happy-dom: the block's first sentence
    const stop = screen.getByRole('button', { name: 'Stop reading' });
    stop.focus();
    fireEvent.click(stop);
    expect(fake.current()).toBeNull();
    expect(document.activeElement).toBe(play); // focus is not lost with the bar
    // A key sentence activated while idle becomes the starting point of Play.
    fireEvent.keyDown(screen.getByText(TAKEAWAY, { selector: 'li' }), { key: 'Enter' });
    await waitFor(() => expect(play.textContent).toContain('Read aloud from the chosen sentence'));
    fireEvent.click(play);
    expect(fake.current()?.text).toBe(TAKEAWAY);
    expect(painted()).toEqual([TAKEAWAY]);
  });

  it('toggles on the reader keys event', async () => {
    await open();
    document.dispatchEvent(new CustomEvent(TOGGLE_EVENT));
    await waitFor(() => expect(fake.current()?.text).toBe('The vote'));
    document.dispatchEvent(new CustomEvent(TOGGLE_EVENT));
    expect(fake.current()).toBeNull();
    expect(await within(await screen.findByRole('region', { name: 'Read aloud controls' })).findByRole('button', { name: 'Resume reading' })).toBeTruthy();
  });

  it('is disabled with a reason when the device has no local voice', async () => {
    render(<View a={article({ source: 'local', items: [] }, { html: HTML })} />);
    fake.setVoices(FAKE_VOICES.filter((v) => !v.localService));
    const play = await screen.findByRole('button', { name: 'Read aloud' });
    await waitFor(() => expect((play as HTMLButtonElement).disabled).toBe(true));
    expect(play.title).toBe('No speech voices on this device');
  });
});
