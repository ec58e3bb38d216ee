// What the registration form's Server Action returns (plain data: it crosses to the client).
import type { AnswerErrors } from "./questions.ts";
import type { RegistrationErrors, RegistrationValues } from "./registration-schema.ts";

export type RegistrationFormError = { code: "closed" | "stale" | "tooFast" | "rateLimited" | "unavailable" | "unexpected"; minutes?: number };

export type RegistrationState = {
  values: RegistrationValues;
  errors: RegistrationErrors;
  answerErrors: AnswerErrors;
  formError?: RegistrationFormError;
  /** A fresh form token when the old one can no longer be used (stale, too fast). */
  formToken?: string;
  submission: number;
};
