/**
 * sitrep's error type: a stable code plus a message that says what went
 * wrong and what to do next. The CLI prints `code: message` on one line.
 */
export class SitrepError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "SitrepError";
  }
}
