// Lazy images resolved in core before sanitising, on a hand-made page and on the corpus's
// lazy-image-* pages; every image leaves extraction with an alt.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract-article';
import { prepareMedia, resolveLazyImages } from '../../src/core/extract/lazy-images';
import { corpusPages, FAKE_URL } from '../helpers/corpus';
import { describeCorpus, upstreamDocument } from '../helpers/corpus-suite';

const PLACEHOLDER = /^data:|placeholder|blank|spacer|lazy/i;

/** The article's HTML as the view prepares it before sanitising (features/article/prepare-html.ts). */
function imagesOf(html: string) {
  const doc = new JSDOM(`<body>${html}</body>`, { url: FAKE_URL }).window.document;
  prepareMedia(doc.body);
  return Array.from(doc.querySelectorAll('img')).map((img) => ({ src: img.getAttribute('src') || img.getAttribute('srcset'), alt: img.getAttribute('alt'), loading: img.getAttribute('loading') }));
}

describe('resolveLazyImages', () => {
  it('takes data-src / data-srcset / data-lazy-src / noscript copies, and gives alt "" or the caption', () => {
    const doc = new JSDOM(`<body><div id="c">
      <img src="data:image/gif;base64,R0lGOD" data-src="/a.jpg" alt="A">
      <img src="/img/placeholder.png" data-lazy-src="/b.jpg" data-srcset="/b-2x.jpg 2x">
      <img loading="lazy" src="/c-small.jpg" data-src="/c.jpg">
      <img src="/keep.jpg" data-src="/other.jpg">
      <figure><img src="/d.jpg"><figcaption>The north pier at dawn</figcaption></figure>
      <img class="ph" src="data:image/gif;base64,R0lGOD"><noscript>&lt;img src="/e.jpg" alt="E"&gt;</noscript>
    </div></body>`, { url: 'https://news.example/2026/story.html' }).window.document;
    const root = doc.getElementById('c')!;
    resolveLazyImages(root);
    const imgs = Array.from(root.querySelectorAll('img'));
    expect(imgs.map((i) => i.getAttribute('src'))).toEqual(['/a.jpg', '/b.jpg', '/c.jpg', '/keep.jpg', '/d.jpg', '/e.jpg'].map((p, i) => (i === 3 || i === 4 ? p : `https://news.example${p}`)));
    expect(imgs[1]!.getAttribute('srcset')).toBe('https://news.example/b-2x.jpg 2x');
    expect(imgs.map((i) => i.getAttribute('alt'))).toEqual(['A', '', '', '', 'The north pier at dawn', 'E']);
    expect(root.querySelector('noscript')).toBeNull();
    expect(imgs[2]!.hasAttribute('loading')).toBe(false);
  });
});

describeCorpus('lazy images on the corpus pages', () => {
  for (const slug of ['lazy-image-1', 'lazy-image-2', 'lazy-image-3']) {
    it(`${slug}: every image has a real src or srcset (no placeholder) and an alt`, () => {
      const result = extractArticle(upstreamDocument(corpusPages.read(slug, 'source.html')), { url: FAKE_URL, force: true });
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      const imgs = imagesOf(result.article.html);
      expect(imgs.length).toBeGreaterThan(0);
      for (const img of imgs) {
        expect(img.src, JSON.stringify(img)).toBeTruthy();
        expect(img.src!).not.toMatch(PLACEHOLDER);
        expect(img.alt).not.toBeNull();
      }
    });
  }
});

describe('embedsAsLinks', () => {
  it('turns YouTube and Vimeo players into titled links and leaves other frames alone', async () => {
    const { embedsAsLinks } = await import('../../src/core/extract/lazy-images');
    const doc = new JSDOM(`<body><div id="c"><iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="Tide film"></iframe>
      <iframe src="https://player.vimeo.com/video/12345"></iframe><iframe src="https://ads.example/x"></iframe></div></body>`).window.document;
    const root = doc.getElementById('c')!;
    embedsAsLinks(root);
    const links = Array.from(root.querySelectorAll('a')).map((a) => [a.getAttribute('href'), a.textContent]);
    expect(links).toEqual([['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'Video: Tide film'], ['https://vimeo.com/12345', 'Video: vimeo.com']]);
    expect(root.querySelectorAll('iframe')).toHaveLength(1);
  });
});
