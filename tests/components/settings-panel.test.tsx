// The reading settings panel with the real useSettings hook and settings store; only
// browser.storage.sync (with storage.onChanged) is faked. A change paints the page at once, is
// saved to sync, and a change from another view (or device) shows in the panel.
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../src/core/settings/schema';
import { SettingsPanel } from '../../src/features/settings/SettingsPanel';
import { useSettings } from '../../src/features/settings/use-settings';
import { syncArea } from './fake-browser';

afterEach(() => {
  cleanup();
  syncArea.reset();
  for (const key of Object.keys(document.documentElement.dataset)) delete document.documentElement.dataset[key];
});

function Harness({ compact = false }: { compact?: boolean }) {
  return <SettingsPanel state={useSettings()} compact={compact} />;
}
const html = () => document.documentElement;
const stored = () => syncArea.data.settings as Record<string, unknown> | undefined;

describe('SettingsPanel', () => {
  it('opens from its summary and shows the stored settings', async () => {
    await syncArea.set({ settings: { ...DEFAULT_SETTINGS, theme: 'sepia', textSize: 130 } });
    const { container } = render(<Harness />);
    const details = container.querySelector('details.ns-settings') as HTMLDetailsElement;
    expect(details.open).toBe(false);
    fireEvent.click(screen.getByText('Reading settings'));
    await waitFor(() => expect((screen.getByLabelText('Sepia') as HTMLInputElement).checked).toBe(true));
    expect((screen.getByLabelText('Text size') as HTMLInputElement).value).toBe('130');
    expect(screen.getByLabelText('Text size').getAttribute('aria-valuetext')).toBe('130%');
    expect(html().dataset.theme).toBe('sepia');
  });

  it('a theme, a size, the font and a switch apply at once and are saved to storage.sync', async () => {
    render(<Harness />);
    await waitFor(() => expect(html().dataset.theme).toBe('system'));
    fireEvent.click(screen.getByLabelText('Dark'));
    expect(html().dataset.theme).toBe('dark');
    fireEvent.input(screen.getByLabelText('Text size'), { target: { value: '150' } });
    expect(html().style.getPropertyValue('--ns-scale')).toBe('1.5');
    expect(screen.getByText('150%').tagName).toBe('OUTPUT');
    fireEvent.change(screen.getByLabelText('Font'), { target: { value: 'dyslexic' } });
    expect(html().dataset.font).toBe('dyslexic');
    fireEvent.click(screen.getByLabelText('Line focus (reading ruler)'));
    expect(html().dataset.lineFocus).toBe('on');
    // Saved once, after the burst of changes (sync allows 120 writes a minute).
    await waitFor(() => expect(stored()).toMatchObject({ theme: 'dark', textSize: 150, font: 'dyslexic', lineFocus: true }));
  });

  it('a change made in another view shows in this panel', async () => {
    render(<Harness />);
    await waitFor(() => expect(html().dataset.theme).toBe('system'));
    await act(() => syncArea.set({ settings: { ...DEFAULT_SETTINGS, theme: 'contrast', images: false } }));
    await waitFor(() => expect((screen.getByLabelText('High contrast') as HTMLInputElement).checked).toBe(true));
    expect((screen.getByLabelText('Show images') as HTMLInputElement).checked).toBe(false);
    expect(html().dataset.images).toBe('off');
  });

  it('the compact popup panel has theme, font, size and images, not the wide-window settings', () => {
    render(<Harness compact />);
    for (const label of ['Follow the system', 'Font', 'Text size', 'Show images']) expect(screen.getByLabelText(label)).toBeTruthy();
    for (const label of ['Line width', 'Line height', 'Letter spacing', 'Word spacing', 'Alignment', 'Line focus (reading ruler)']) {
      expect(screen.queryByLabelText(label)).toBeNull();
    }
  });

  it('a refused write says so next to the panel, and the change stays on screen', async () => {
    syncArea.onSet = () => Promise.reject(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'));
    render(<Harness />);
    await waitFor(() => expect(html().dataset.theme).toBe('system'));
    fireEvent.click(screen.getByLabelText('Light'));
    expect((await screen.findByRole('alert')).textContent).toBe('Settings were not saved (QUOTA_BYTES_PER_ITEM quota exceeded).');
    expect(html().dataset.theme).toBe('light');
  });
});
