// "Is this page a thread?" (src/core/extract/thread-check.ts): runs of same-shape blocks on forums
// and on news pages, modelled on real markup (XenForo, Stack Exchange, Discourse; CNN's paragraph
// wrappers, a blog post with its comments).
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/cli/extract';
import { looksLikeThread, threadFeatures } from '../../src/core/extract/thread-check';

const URL = 'https://example.org/page';
const features = (html: string, selector: string, kept = 0.3) => {
  const doc = parsePage(`<!doctype html><html><head></head><body>${html}</body></html>`, URL);
  const posts = [...doc.querySelectorAll(selector)];
  return threadFeatures(doc, posts, Math.round(kept * 1000), 1000);
};

describe('looksLikeThread', () => {
  it('XenForo posts: post-shaped blocks, each with its author and date', () => {
    const html = [1, 2, 3].map((i) => `<article class="message message--post"><div class="message-user">user${i}</div>
      <time datetime="2024-07-0${i}">Jul ${i}, 2024</time><div class="bbWrapper">Reply ${i}.</div></article>`).join('');
    const f = features(html, 'article');
    expect(f).toMatchObject({ posts: 3, headers: 1, postShape: true, forumPage: false });
    expect(looksLikeThread(f)).toBe(true);
  });
  it('a page that names itself a forum (generator meta, schema.org QAPage) needs no more', () => {
    const blocks = '<div class="x">One</div><div class="x">Two</div>';
    expect(looksLikeThread(features(`<meta name="generator" content="Discourse 3.2">${blocks}`, 'div.x'))).toBe(true);
    expect(looksLikeThread(features(`<div itemscope itemtype="https://schema.org/QAPage">${blocks}</div>`, 'div.x'))).toBe(true);
    expect(looksLikeThread(features(`<script type="application/ld+json">{"@type":"DiscussionForumPosting"}</script>${blocks}`, 'div.x'))).toBe(true);
  });
  it('CNN-style paragraph wrappers are not posts (no author or date, not post-shaped)', () => {
    const html = [1, 2, 3, 4].map((i) => `<div class="zn-body__paragraph">Paragraph ${i} of the story.</div>`).join('');
    const f = features(html, 'div.zn-body__paragraph', 0.2);
    expect(f.postShape).toBe(false);
    expect(looksLikeThread(f)).toBe(false);
  });
  it('a blog post with its comments: Readability already holds most of the words', () => {
    const html = [1, 2, 3].map((i) => `<li class="comment"><span class="comment-author">reader${i}</span> Nice post ${i}.</li>`).join('');
    expect(looksLikeThread(features(html, 'li', 0.3))).toBe(true);
    expect(looksLikeThread(features(html, 'li', 0.57))).toBe(false);
    // Under 5% kept: one post among a list of other threads' teasers.
    expect(looksLikeThread(features(html, 'li', 0.03))).toBe(false);
  });
  it("outside a forum page, Readability's opening words must be inside the run (it kept one post)", () => {
    const html = [1, 2, 3].map((i) => `<li class="comment"><span class="comment-author">reader${i}</span> Nice post ${i}.</li>`).join('');
    const doc = parsePage(`<!doctype html><html><body>${html}</body></html>`, URL);
    expect(looksLikeThread(threadFeatures(doc, [...doc.querySelectorAll('li')], 300, 1000, false))).toBe(false);
  });
  it('one block is not a thread', () => {
    expect(looksLikeThread(features('<div class="post"><time>today</time> Only one.</div>', 'div.post'))).toBe(false);
  });
});
