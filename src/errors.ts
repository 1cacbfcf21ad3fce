// Coded errors, so callers and tests can tell failures apart without parsing messages.

export class ThreadlineError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ThreadlineError';
  }
}
