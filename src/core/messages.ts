// Every failure a reader can meet, in words, in one place: the extractor, the background, the
// storage module and the views all take their text from here, so a message is written once (and
// translated once, when the UI strings move to _locales).
import type { ExtractFailureKind } from './types';

/** The heading a failure view shows above the message. */
export const FAILURE_HEADINGS: Record<ExtractFailureKind, string> = {
  restricted: "Nutshell can't read this page",
  'not-readerable': 'No article here?',
  'no-article': 'No article found',
  'too-large': 'This page is too large',
  timeout: 'The page did not answer',
  'no-tab': 'Nothing to read',
  error: 'Something went wrong',
};

export const MESSAGES = {
  restricted: "Browsers don't let extensions read this page.",
  browserPage: "This is one of the browser's own pages. Browsers don't let extensions read them.",
  badUrl: 'This tab has no web address Nutshell can read.',
  file: 'Nutshell does not read files from your computer, only web pages.',
  store: "Browsers don't let extensions read their add-on stores.",
  pdf: "This is a PDF. It opens in the browser's PDF viewer, which extensions can't read.",
  noGrant: 'Nutshell can only read a page after you click its icon or press its shortcut on that page.',
  notReaderable: "This page doesn't look like an article. Nutshell can still try to find one.",
  noArticle: "Nutshell couldn't find an article on this page.",
  inFrame: (host: string) => `The article is in a frame from ${host}; open it on its own to read it.`,
  tooLarge: 'This page is too large to read safely in Nutshell.',
  tooManyElements: (elements: number, limit: number) =>
    `This page has ${elements.toLocaleString('en')} elements, more than Nutshell reads (${limit.toLocaleString('en')}).`,
  timeout: 'The page took too long to answer. Reload it and try again.',
  noTab: 'There is no tab to read.',
  tabGone: 'That tab is gone. Open Nutshell again on the page you want to read.',
  error: 'Something went wrong while reading this page.',
  didNotStart: "Nutshell's reader could not start on this page. Reload it and try again.",
  pageChanged: 'The page changed while Nutshell was reading it. Try again.',
  couldNotRead: (detail: string) => `Nutshell couldn't read this page (${detail}).`,
  noAnswer: (method: string) => `Nutshell's background did not answer "${method}".`,
  storageFull: "Nutshell's storage is full, so these takeaways were not saved. Remove some saved articles and try again.",
  notSaved: (detail: string) => `These takeaways were not saved (${detail}). Try again.`,
  readerNotOpened: (detail: string) => `The reader tab did not open (${detail}).`,
  storageFullFor: (what: string) => `Nutshell's storage is full, so ${what} did not happen. Remove some saved articles and try again.`,
  writeFailed: (what: string, detail: string) => `${what[0]!.toUpperCase()}${what.slice(1)} did not happen (${detail}). Try again.`,
  newerRecord: 'A newer version of Nutshell saved this article. Update Nutshell to change it; nothing was replaced.',
  syncFull: (detail: string) => `Sync storage is full (${detail}); the oldest articles stay on this device.`,
  syncFailed: (detail: string) => `Sync did not finish (${detail}).`,
} as const;
