// Errors cross many boundaries here (executeScript, runtime messages, storage, the CLI): this is
// the one place that turns "anything thrown" into words, and back into an Error on the far side.

/** The message of whatever was thrown: an Error's message, else its string form. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** What crosses a structured-clone boundary for an error: its name and message, as data. */
export interface ErrorData {
  name: string;
  message: string;
}

export function toErrorData(error: unknown): ErrorData {
  return { name: error instanceof Error ? error.name : 'Error', message: errorMessage(error) };
}

/** Rebuild an Error on the receiving side, keeping the sender's name (e.g. QuotaExceededError). */
export function fromErrorData(data: ErrorData): Error {
  const error = new Error(data.message);
  error.name = data.name;
  return error;
}
