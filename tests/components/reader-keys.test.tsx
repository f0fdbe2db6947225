// The reader's keys and the `?` help overlay, with the real settings hook (storage.sync faked at
// the edge): keys change settings through the settings feature, announce it, leave typing alone,
// and the help is a modal dialog that takes the focus and gives it back.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENTS_KEY_EVENT } from '../../src/features/contents/Contents';
import { READ_ALOUD_TOGGLE_EVENT, ReaderKeys } from '../../src/features/reader-keys/ReaderKeys';
import { useSettings } from '../../src/features/settings/use-settings';
import { syncArea } from './fake-browser';

afterEach(() => {
  cleanup();
  syncArea.reset();
  document.body.innerHTML = '';
});

function Harness() {
  return <main><input aria-label="Search" /><ReaderKeys settings={useSettings()} /></main>;
}
const press = (key: string, init: KeyboardEventInit = {}, target: EventTarget = document.body) =>
  act(() => void target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init })));
const html = () => document.documentElement;
const dialog = () => document.querySelector('dialog.ns-keys-help') as HTMLDialogElement;

async function setUp() {
  render(<Harness />);
  await waitFor(() => expect(html().dataset.theme).toBe('system'));
}

describe('reader keys', () => {
  it('+ and - step the text size through the settings (saved to sync) and say the new size', async () => {
    await setUp();
    await press('+');
    expect(html().style.getPropertyValue('--ns-scale')).toBe('1.1');
    expect(screen.getByRole('status').textContent).toBe('Text size 110%');
    await press('-');
    await press('_');
    expect(html().style.getPropertyValue('--ns-scale')).toBe('0.9');
    await waitFor(() => expect(syncArea.data.settings).toMatchObject({ textSize: 90 }));
  });

  it('T cycles the themes in the settings\' order and says which', async () => {
    await setUp();
    const seen: string[] = [];
    for (let i = 0; i < 5; i++) {
      await press('t');
      seen.push(html().dataset.theme!);
    }
    expect(seen).toEqual(['light', 'dark', 'sepia', 'contrast', 'system']);
    expect(screen.getByRole('status').textContent).toBe('Theme: Follow the system');
  });

  it('R and C are announced to the read-aloud and contents features as events', async () => {
    await setUp();
    const heard: string[] = [];
    for (const name of [READ_ALOUD_TOGGLE_EVENT, CONTENTS_KEY_EVENT]) document.addEventListener(name, () => heard.push(name));
    await press('r');
    // Without a contents list on the page, C says so instead.
    await press('c');
    expect(screen.getByRole('status').textContent).toBe('This article has no contents list (it has fewer than three headings).');
    const nav = document.createElement('nav');
    nav.className = 'ns-contents';
    document.body.append(nav);
    await press('C');
    expect(heard).toEqual(['nutshell:read-aloud-toggle', CONTENTS_KEY_EVENT]);
  });

  it('leaves keys alone while typing, and with Ctrl, Alt or Meta', async () => {
    await setUp();
    await press('t', {}, screen.getByLabelText('Search'));
    await press('+', { ctrlKey: true });
    await press('t', { altKey: true });
    await press('-', { metaKey: true });
    expect(html().dataset.theme).toBe('system');
    expect(html().style.getPropertyValue('--ns-scale')).toBe('1');
  });
});

describe('the ? help overlay', () => {
  it('opens as a modal dialog named by its heading, lists every key, and takes the focus', async () => {
    await setUp();
    const opener = screen.getByRole('button', { name: 'Keys (?)' });
    opener.focus();
    await press('?', {}, opener);
    expect(dialog().open).toBe(true);
    expect(dialog().getAttribute('aria-labelledby')).toBe('ns-keys-title');
    expect(document.getElementById('ns-keys-title')!.textContent).toBe('Keyboard shortcuts');
    expect([...dialog().querySelectorAll('kbd')].map((k) => k.textContent)).toEqual(['+', '-', 'T', 'R', 'C', '?', 'Esc']);
    expect([...dialog().querySelectorAll('dd')].map((d) => d.textContent)).toEqual([
      'Larger text', 'Smaller text', 'Next theme', 'Read aloud: start or pause', 'Go to the contents list (again: close it)', 'Show this help', 'Close this help',
    ]);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Close' }));
  });

  it('while open the page keys do nothing; Escape closes it and the focus goes back', async () => {
    await setUp();
    const opener = screen.getByRole('button', { name: 'Keys (?)' });
    opener.focus();
    fireEvent.click(opener);
    expect(dialog().open).toBe(true);
    await press('t', {}, document.activeElement!);
    expect(html().dataset.theme).toBe('system');
    await press('Escape', {}, document.activeElement!);
    expect(dialog().open).toBe(false);
    expect(document.activeElement).toBe(opener);
  });

  it('? again and the Close button close it too', async () => {
    await setUp();
    await press('?');
    await press('?', {}, document.activeElement!);
    expect(dialog().open).toBe(false);
    await press('?');
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(dialog().open).toBe(false);
  });
});
