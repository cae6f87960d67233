/** The two ways a use case stops short that the pane shows as notices, not failures. */

/** Thrown when the user cancels long work; the pane shows it as a notice, not an error. */
export class WorkCancelledError extends Error {
  constructor() {
    super('cancelled');
    this.name = 'WorkCancelledError';
  }
}

/** An expected refusal with a message key (nothing chosen, no sheet); shown as a warning, not a failure. */
export class PaneMessageError extends Error {
  constructor(
    readonly messageKey: string,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(messageKey);
    this.name = 'PaneMessageError';
  }
}
