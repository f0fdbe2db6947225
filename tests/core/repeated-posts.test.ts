// The post search (src/core/extract/repeated-posts.ts): which run of same-shape blocks it takes
// for a thread, and what it never takes.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../src/cli/extract';
import { findPosts } from '../../src/core/extract/repeated-posts';

const page = (html: string) => parsePage(`<!doctype html><html><head></head><body>${html}</body></html>`, 'https://example.org/t');
const reply = (i: number) => `Reply number ${i} says the pump failed twice before the seal was replaced in spring.`;

describe('findPosts', () => {
  it('takes the run of posts that holds what Readability kept and much more', () => {
    const posts = [1, 2, 3, 4].map((i) => `<div class="post post-${i}"><b>user${i}</b> ${reply(i)}</div>`).join('');
    const found = findPosts(page(`<nav><a href="/">Home</a></nav><main>${posts}</main>`), reply(1));
    expect(found?.map((el) => el.className)).toEqual(['post post-1', 'post post-2', 'post post-3', 'post post-4']);
  });
  it('never takes a run of <script>s, however many words their data holds (yahoo-1 had five)', () => {
    const data = (i: number) => `<script type="application/json">{"text": "${reply(i)} ${reply(i + 10)}"}</script>`;
    const doc = page(`<article><p>${reply(1)}</p></article>${[1, 2, 3, 4, 5].map(data).join('')}`);
    expect(findPosts(doc, reply(1))).toBeNull();
  });
  it('keeps Readability when no run has more words than it kept', () => {
    const posts = [1, 2].map((i) => `<div class="post">${reply(i)}</div>`).join('');
    expect(findPosts(page(posts), `${reply(1)} ${reply(2)}`)).toBeNull();
  });
});
