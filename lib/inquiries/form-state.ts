// What the journey's Server Actions and the submit endpoint hand back to their
// forms. Shared by the server and the client components, so no server imports here.
import type { ErrorCode, FieldErrors, FieldName, FormValues, StepId } from "./schema.ts";

export const JOURNEY_PAGES = [...(["direction", "company", "plans", "contact"] as const satisfies readonly StepId[]), "check"] as const;
export type JourneyPage = (typeof JOURNEY_PAGES)[number];

/** The hidden field people never see (see the honeypot in components/inquiry). */
export const HONEYPOT_FIELD = "fax_number";

/**
 * The id of a question page's form. The header's language switch submits it (as
 * a button named SWITCH_LOCALE_FIELD) so that what was typed on the step is kept
 * in the other language, with or without JavaScript.
 */
export const STEP_FORM_ID = "inquiry-step";
export const SWITCH_LOCALE_FIELD = "switchLocale";
/** The question pages, where the language switch keeps the step's input. */
export const STEP_PAGE_PATH = /^\/inquiry(?:\/(?:company|plans|contact))?$/;

/**
 * What the question pages' own script (lib/inquiries/step-script.ts, decision 0031)
 * shows, already in the page's language: the step form carries it as JSON in its
 * STEP_TEXT_ATTRIBUTE. Error texts have no placeholders; `count` and `over` (the
 * description's character count) hold {count} and {max}.
 */
export type StepText = {
  summaryTitle: string;
  prefix: string;
  errors: Partial<Record<FieldName, Partial<Record<ErrorCode, string>>>>;
  count?: string;
  over?: string;
};
export const STEP_TEXT_ATTRIBUTE = "data-step-text";

export const FORM_ERROR_CODES = ["tooFast", "rateLimited", "stale", "unavailable", "unexpected"] as const;
export type FormErrorCode = (typeof FORM_ERROR_CODES)[number];
export type FormError = { code: FormErrorCode; minutes?: number };

export type StepState = {
  values: FormValues;
  errors: FieldErrors;
  formError?: FormError;
  /** Counts answers from the server, so the form re-mounts with the returned values. */
  submission: number;
};

export type StatusFieldErrors = Partial<Record<"reference" | "email", true>>;
export type StatusState = {
  values: { reference: string; email: string };
  errors: StatusFieldErrors;
  rateLimitedMinutes?: number;
  result?:
    | {
        found: true;
        reference: string;
        submittedAt: string;
        stage: string;
        handledBy: string[];
        milestones: { kind: string; at: string; names: string[] }[];
        contacts: { name: string; email: string | null; phone: string | null; website: string | null }[];
        conversationPath: string;
      }
    | { found: false };
  submission: number;
};

/** Path of a journey page below the locale. */
export function journeyPath(page: JourneyPage | "confirmation" | "status"): string {
  return page === "direction" ? "/inquiry" : `/inquiry/${page}`;
}

/** The check page showing an error: where a submission without JavaScript goes back to. */
export function checkPageWithError(locale: string, error: FormError): string {
  const query = new URLSearchParams({ error: error.code, ...(error.minutes ? { minutes: String(error.minutes) } : {}) });
  return `/${locale}${journeyPath("check")}?${query}`;
}

/** The error named in the check page's address, if it is one of ours. */
export function checkPageError(searchParams: Record<string, string | string[] | undefined>): FormError | undefined {
  const code = searchParams.error;
  if (!(FORM_ERROR_CODES as readonly unknown[]).includes(code)) return undefined;
  const minutes = Number(searchParams.minutes);
  return { code: code as FormErrorCode, ...(Number.isSafeInteger(minutes) && minutes > 0 && minutes <= 24 * 60 ? { minutes } : {}) };
}
