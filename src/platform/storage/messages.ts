// What a reader is told when the browser refuses a write. The takeaways stay on screen to retry.
import { MESSAGES } from '../../core/messages';
import { errorText, isQuotaError } from './area';

export function saveErrorMessage(error: unknown): string {
  return isQuotaError(error) ? MESSAGES.storageFull : MESSAGES.notSaved(errorText(error));
}

export function writeErrorMessage(what: string, error: unknown): string {
  if (isQuotaError(error)) return `Nutshell's storage is full, so ${what} did not happen. Remove some saved articles and try again.`;
  return `${what[0]!.toUpperCase()}${what.slice(1)} did not happen (${errorText(error)}). Try again.`;
}

export const NEWER_RECORD_MESSAGE = 'A newer version of Nutshell saved this article. Update Nutshell to change it; nothing was replaced.';
