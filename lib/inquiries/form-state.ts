// What the journey's Server Actions hand back to their forms (useActionState).
// Shared by the actions and the client components, so no server imports here.
import type { FieldErrors, FormValues, StepId } from "./schema.ts";

export const JOURNEY_PAGES = [...(["direction", "company", "plans", "contact"] as const satisfies readonly StepId[]), "check"] as const;
export type JourneyPage = (typeof JOURNEY_PAGES)[number];

/** The hidden field people never see (see the honeypot in components/inquiry). */
export const HONEYPOT_FIELD = "fax_number";

export type FormErrorCode = "tooFast" | "rateLimited" | "stale" | "unavailable" | "unexpected";
export type FormError = { code: FormErrorCode; minutes?: number };

export type StepState = {
  values: FormValues;
  errors: FieldErrors;
  formError?: FormError;
  /** Counts answers from the server, so the form re-mounts with the returned values. */
  submission: number;
};

export type SubmitState = { formError?: FormError; submission: number };

export type StatusFieldErrors = Partial<Record<"reference" | "email", true>>;
export type StatusState = {
  values: { reference: string; email: string };
  errors: StatusFieldErrors;
  rateLimitedMinutes?: number;
  result?:
    | { found: true; reference: string; submittedAt: string; stage: string; handledBy: string[] }
    | { found: false };
  submission: number;
};

/** Path of a journey page below the locale. */
export function journeyPath(page: JourneyPage | "confirmation" | "status"): string {
  return page === "direction" ? "/inquiry" : `/inquiry/${page}`;
}
