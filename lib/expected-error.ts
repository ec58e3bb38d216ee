// An expected failure (the e-mail address is taken, the invitation expired): it
// carries a code that the page shows as a translated message. Unexpected errors
// stay plain Errors; they are logged and answered with the generic error page.
export class ExpectedError<Code extends string = string> extends Error {
  constructor(readonly code: Code) {
    super(code);
  }
}
