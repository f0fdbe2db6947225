import { describe, expect, it } from 'vitest';
import { errorMessage, fromErrorData, toErrorData } from '../../src/core/errors';
import { articleLabels } from '../../src/core/article-labels';

describe('errors', () => {
  it('words anything thrown', () => {
    expect(errorMessage(new TypeError('bad'))).toBe('bad');
    expect(errorMessage('plain')).toBe('plain');
    expect(errorMessage(42)).toBe('42');
  });

  it('round-trips name and message as data', () => {
    const quota = new Error('Resource::kQuotaBytes quota exceeded');
    quota.name = 'QuotaExceededError';
    const data = toErrorData(quota);
    expect(data).toEqual({ name: 'QuotaExceededError', message: 'Resource::kQuotaBytes quota exceeded' });
    expect(JSON.parse(JSON.stringify(data))).toEqual(data); // plain, cloneable
    const back = fromErrorData(data);
    expect(back).toBeInstanceOf(Error);
    expect([back.name, back.message]).toEqual([quota.name, quota.message]);
    expect(toErrorData('text')).toEqual({ name: 'Error', message: 'text' });
  });
});

describe('articleLabels', () => {
  it('gives the view, the tab title and the saved record one title and site', () => {
    expect(articleLabels({ title: 'Rewiring the streets | The Ledger', siteName: 'The Ledger', url: 'https://ledger.example/a' })).toEqual({
      title: 'Rewiring the streets',
      site: 'The Ledger',
    });
    expect(articleLabels({ title: 'A post', siteName: null, url: 'https://www.blog.example/p' })).toEqual({ title: 'A post', site: 'blog.example' });
  });
});
