// "Open reader tab" (issue 10's bug): a failed call is not dropped; the popup says why, as an alert
// next to the button. Only the browser's runtime messaging is faked.
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { OpenReaderButton } from '../../src/features/open-reader/OpenReaderButton';
import { runtime } from './fake-browser';

afterEach(() => {
  cleanup();
  runtime.answer = null;
});

describe('OpenReaderButton', () => {
  it('asks the background to open the reader for its tab, and closes the popup when it did', async () => {
    const asked: unknown[] = [];
    runtime.answer = async (message) => (asked.push(message), { ok: true, value: undefined });
    let closed = 0;
    const close = window.close;
    window.close = () => void closed++;
    try {
      render(<OpenReaderButton tabId={42} />);
      fireEvent.click(screen.getByRole('button', { name: 'Open reader tab' }));
      await waitFor(() => expect(closed).toBe(1));
      expect(asked).toEqual([{ nutshell: 'openReader', params: { tabId: 42 } }]);
      expect(screen.queryByRole('alert')).toBeNull();
    } finally {
      window.close = close;
    }
  });

  it('says why when the background refuses (its error crosses as data)', async () => {
    runtime.answer = async () => ({ ok: false, error: { name: 'Error', message: 'No tab with id: 42.' } });
    render(<OpenReaderButton tabId={42} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open reader tab' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The reader tab did not open (No tab with id: 42.).');
  });

  it('says why when the message itself fails (no background to answer), and clears it on the next try', async () => {
    render(<OpenReaderButton tabId={7} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open reader tab' }));
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The reader tab did not open (Could not establish connection. Receiving end does not exist.).',
    );
    runtime.answer = async () => undefined; // an empty reply: nobody handled it
    fireEvent.click(screen.getByRole('button', { name: 'Open reader tab' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('The reader tab did not open (Nutshell\'s background did not answer "openReader".).'));
  });
});
