// What a reader is told when the browser refuses a write. The takeaways stay on screen to retry.
import { MESSAGES } from '../../core/messages';
import { errorMessage } from '../../core/errors';
import { isQuotaError } from './area';

export function saveErrorMessage(error: unknown): string {
  return isQuotaError(error) ? MESSAGES.storageFull : MESSAGES.notSaved(errorMessage(error));
}

export function importErrorMessage(error: unknown): string {
  return isQuotaError(error) ? MESSAGES.importStorageFull : MESSAGES.importFailed(errorMessage(error));
}
