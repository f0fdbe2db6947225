// Every failure a reader can meet, in one place: the extractor, the background, the storage module
// and the views all take their text from here, so a message is written once. The words live in
// _locales/<lang>/messages.json; these getters read them through the installed translator
// (i18n/translator.ts), so the same code speaks the browser's language and the CLI's English.
import { say } from './i18n/translator';
import type { ExtractFailureKind } from './types';

const HEADING_KEYS: Record<ExtractFailureKind, string> = {
  restricted: 'failHeadingRestricted',
  'not-readerable': 'failHeadingNotReaderable',
  'no-article': 'failHeadingNoArticle',
  'too-large': 'failHeadingTooLarge',
  timeout: 'failHeadingTimeout',
  'no-tab': 'failHeadingNoTab',
  error: 'failHeadingError',
};

/** The heading a failure view shows above the message. */
export function failureHeading(kind: ExtractFailureKind): string {
  return say(HEADING_KEYS[kind]);
}

export const MESSAGES = {
  get restricted() { return say('failRestricted'); },
  get browserPage() { return say('failBrowserPage'); },
  get badUrl() { return say('failBadUrl'); },
  get file() { return say('failFile'); },
  get store() { return say('failStore'); },
  get pdf() { return say('failPdf'); },
  get noGrant() { return say('failNoGrant'); },
  get notReaderable() { return say('failNotReaderable'); },
  get noArticle() { return say('failNoArticle'); },
  get tooLarge() { return say('failTooLarge'); },
  tooManyElements: (elements: number, limit: number) => say('failTooManyElements', elements, limit),
  get timeout() { return say('failTimeout'); },
  get noTab() { return say('failNoTab'); },
  get tabGone() { return say('failTabGone'); },
  get error() { return say('failError'); },
  get didNotStart() { return say('failDidNotStart'); },
  get pageChanged() { return say('failPageChanged'); },
  couldNotRead: (detail: string) => say('failCouldNotRead', detail),
  layout: (detail: string) => say('failLayout', detail),
  noAnswer: (method: string) => say('failNoAnswer', method),
  get storageFull() { return say('storageFull'); },
  notSaved: (detail: string) => say('storageNotSaved', detail),
  readerNotOpened: (detail: string) => say('openReaderFailed', detail),
  get importStorageFull() { return say('importStorageFull'); },
  importFailed: (detail: string) => say('importFailed', detail),
  get savedEarlier() { return say('storageSavedEarlier'); },
  get newerRecord() { return say('storageNewerRecord'); },
  get noLongerSaved() { return say('storageNoLongerSaved'); },
  get onlyTakeawaysSaved() { return say('storageOnlyTakeaways'); },
  get notInLibrary() { return say('storageNotInLibrary'); },
  syncFull: (detail: string) => say('syncFull', detail),
  syncFailed: (detail: string) => say('syncFailed', detail),
  get syncRateLimited() { return say('syncRateLimited'); },
  inFrame: (host: string) => say('framesCrossOrigin', host),
} as const;
