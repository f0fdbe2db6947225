import { describe, expect, test } from 'vitest';
import { decodePage, headerCharset } from '../../src/core/extract/charset';

const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const utf8 = (s: string) => new TextEncoder().encode(s);
const page = (meta: string, body: string) => `<html><head>${meta}<title>t</title></head><body><p>${body}</p></body></html>`;

describe('decodePage: a fetched page read in its own encoding', () => {
  test('the Content-Type charset wins', () => {
    expect(decodePage(latin1(page('', 'Café à Zürich')), 'text/html; charset=ISO-8859-1', 'UTF-8')).toContain('Café à Zürich');
    expect(headerCharset('text/html;charset="windows-1252"')).toBe('windows-1252');
    expect(headerCharset('text/html')).toBeNull();
  });

  test('else a <meta charset> or http-equiv in the first 1024 bytes', () => {
    expect(decodePage(latin1(page('<meta charset="windows-1252">', 'Größe – naïve')), 'text/html', 'UTF-8')).toContain('Größe');
    const sjis = Uint8Array.from([0x93, 0xfa, 0x96, 0x7b]); // 日本 in Shift_JIS
    const html = new Uint8Array([...utf8('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><p>'), ...sjis]);
    expect(decodePage(html, null, null)).toContain('日本');
  });

  test('else the encoding of the page the reader is on, else UTF-8', () => {
    expect(decodePage(latin1(page('', 'déjà vu')), 'text/html', 'windows-1252')).toContain('déjà vu');
    expect(decodePage(utf8(page('', 'déjà vu')), 'text/html', null)).toContain('déjà vu');
  });

  test('a byte-order mark overrides everything; an unknown label falls through', () => {
    expect(decodePage(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('ünïcode')]), 'text/html; charset=windows-1252', null)).toBe('ünïcode');
    expect(decodePage(utf8(page('<meta charset="no-such-thing">', 'ok é')), null, 'nonsense')).toContain('ok é');
  });
});
