// What a reader is told when the browser refuses a write. The takeaways stay on screen to retry.
import { errorText, isQuotaError } from './area';

export function saveErrorMessage(error: unknown): string {
  if (isQuotaError(error)) {
    return "Nutshell's storage is full, so these takeaways were not saved. Remove some saved articles in the library and try again.";
  }
  return `These takeaways were not saved (${errorText(error)}). Try again.`;
}

export function writeErrorMessage(what: string, error: unknown): string {
  if (isQuotaError(error)) return `Nutshell's storage is full, so ${what} did not happen. Remove some saved articles and try again.`;
  return `${what[0]!.toUpperCase()}${what.slice(1)} did not happen (${errorText(error)}). Try again.`;
}

export const NEWER_RECORD_MESSAGE = 'A newer version of Nutshell saved this article. Update Nutshell to change it; nothing was replaced.';
