import { describe, expect, it } from 'vitest';
import { articleUrl, cleanUrl, isTrackingParam } from '../../../src/core/library/key';

describe('cleanUrl', () => {
  it('drops the fragment and tracking parameters, keeps the rest in order', () => {
    expect(cleanUrl('https://news.example/a?id=7&utm_source=x&UTM_Medium=y&fbclid=1&gclid=2&mc_cid=3&mc_eid=4&page=2#comments'))
      .toBe('https://news.example/a?id=7&page=2');
  });
  it('leaves a URL without tracking untouched (its own query encoding too)', () => {
    expect(cleanUrl('https://news.example/a?q=a+b&x=%2F')).toBe('https://news.example/a?q=a+b&x=%2F');
    expect(cleanUrl('https://news.example/a?utm_source=x')).toBe('https://news.example/a');
    expect(cleanUrl('not a url')).toBe('not a url');
  });
  it('knows the usual trackers and not ordinary parameters', () => {
    for (const name of ['utm_campaign', 'fbclid', 'gclid', 'mc_eid', 'msclkid', '_ga', 'igshid', 'pk_source']) expect(isTrackingParam(name)).toBe(true);
    for (const name of ['id', 'page', 'q', 'article', 'utm', 'mcid']) expect(isTrackingParam(name)).toBe(false);
  });
});

describe('articleUrl', () => {
  const tab = 'https://news.example/2026/01/story?utm_source=tw#top';
  it('uses a same-origin http(s) canonical URL, cleaned', () => {
    expect(articleUrl(tab, 'https://news.example/story-canonical?utm_medium=x')).toBe('https://news.example/story-canonical');
    expect(articleUrl(tab, '/relative/canonical')).toBe('https://news.example/relative/canonical');
  });
  it('ignores a canonical URL on another origin, scheme or port, or a broken one', () => {
    const clean = 'https://news.example/2026/01/story';
    expect(articleUrl(tab, 'https://evil.example/story')).toBe(clean);
    expect(articleUrl(tab, 'http://news.example/story')).toBe(clean);
    expect(articleUrl(tab, 'https://news.example:8443/story')).toBe(clean);
    expect(articleUrl(tab, 'javascript:alert(1)')).toBe(clean);
    expect(articleUrl(tab, 'https://[bad')).toBe(clean);
    expect(articleUrl(tab, null)).toBe(clean);
  });
  it('one article, one key: tracking variants of a URL meet', () => {
    const variants = ['https://a.example/x', 'https://a.example/x#p2', 'https://a.example/x?utm_source=n&fbclid=z'];
    expect(new Set(variants.map((u) => articleUrl(u))).size).toBe(1);
  });
});
