// The failure views: every kind says what happened in its own words, and only "not an article"
// offers to try anyway.
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { failure } from '../../src/core/failure';
import { failureHeading } from '../../src/core/messages';
import type { ExtractFailure, ExtractFailureKind } from '../../src/core/types';
import { FailureView } from '../../src/ui/FailureView';

afterEach(cleanup);

const KINDS: ExtractFailureKind[] = ['restricted', 'not-readerable', 'no-article', 'too-large', 'timeout', 'no-tab', 'error'];
const failureOf = (kind: ExtractFailureKind): ExtractFailure => {
  const result = failure(kind);
  if (result.ok) throw new Error('unreachable');
  return result.error;
};

describe('FailureView', () => {
  it.each(KINDS)('%s: an alert with its own heading (the page title) and message, in the error state', (kind) => {
    const { container } = render(<FailureView failure={failureOf(kind)} onForce={() => undefined} />);
    expect(container.querySelector('main')?.dataset.state).toBe('error');
    const alert = screen.getByRole('alert');
    expect(alert.dataset.kind).toBe(kind);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(failureHeading(kind));
    expect(alert.querySelector('p')?.textContent).toBe(failureOf(kind).message);
    expect(screen.queryAllByRole('button').map((b) => b.textContent)).toEqual(kind === 'not-readerable' ? ['Show anyway'] : []);
  });

  it('gives every kind a different heading', () => {
    expect(new Set(KINDS.map((kind) => failureHeading(kind))).size).toBe(KINDS.length);
  });

  it('"Show anyway" asks for the forced extraction, once per click', () => {
    let forced = 0;
    render(<FailureView failure={failureOf('not-readerable')} onForce={() => void forced++} />);
    fireEvent.click(screen.getByRole('button', { name: 'Show anyway' }));
    expect(forced).toBe(1);
  });

  it('shows a specific message as text, never as markup', () => {
    const message = '<img src=x onerror=alert(1)> is not a page';
    render(<FailureView failure={{ kind: 'error', message }} onForce={() => undefined} />);
    expect(screen.getByRole('alert').querySelector('p')?.textContent).toBe(message);
    expect(screen.getByRole('alert').querySelector('img')).toBeNull();
  });
});
