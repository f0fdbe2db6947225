/** Where an article is shown: the toolbar popup, or the full-tab reader. */
export type Mode = 'popup' | 'reader';
