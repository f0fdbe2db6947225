// The following pages the reader has appended, per article URL, for Save to read at the moment of
// saving. A module of its own (not NextPages' state) because NextPages loads after first paint and
// Save must not wait for it or import it.
import type { FollowingPage } from '../../core/extract/join-pages';

const byUrl = new Map<string, readonly FollowingPage[]>();

export function setLoadedPages(url: string, pages: readonly FollowingPage[]): void {
  byUrl.set(url, pages);
}

export function loadedPages(url: string): readonly FollowingPage[] {
  return byUrl.get(url) ?? [];
}
