// Closing a case deliberately (docs/decisions/0017-closing-a-case.md): the fields of
// the close form, what each outcome records, and the two steps of the form (fill
// in, then confirm on the same page, without JavaScript). Pure: the form's state
// and the service's validation share it.
import { z } from "zod";
import { OUTCOMES, OUTCOMES_WITH_FIGURES, type Outcome } from "../domain/workflow.ts";
import { INVESTMENT_BANDS } from "../inquiries/schema.ts";

export const SUMMARY_MAX = 1000;
const optionalText = (max: number) => z.preprocess((v) => (v === "" || v === null ? undefined : v), z.string().trim().max(max).optional());

/** What a close records; the figures only count for OUTCOMES_WITH_FIGURES. */
export const closingFields = {
  outcome: z.enum(OUTCOMES),
  jobs: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.coerce.number().int().min(0).max(1_000_000).optional()),
  investment: z.preprocess((v) => (v === "" || v === null ? undefined : v), z.enum(INVESTMENT_BANDS).optional()),
  municipality: optionalText(120),
  summary: z.string().trim().min(1).max(SUMMARY_MAX),
};
const closingSchema = z.object(closingFields);
export type Closing = z.output<typeof closingSchema>;

export type OutcomeFigures = { jobs?: number; investment?: string; municipality?: string };

/** The figures worth keeping for this outcome, or null when it has none (or none were given). */
export function figuresOf(closing: Pick<Closing, "outcome" | "jobs" | "investment" | "municipality">): OutcomeFigures | null {
  if (!(OUTCOMES_WITH_FIGURES as readonly Outcome[]).includes(closing.outcome)) return null;
  const figures: OutcomeFigures = {};
  if (closing.jobs !== undefined) figures.jobs = closing.jobs;
  if (closing.investment) figures.investment = closing.investment;
  if (closing.municipality) figures.municipality = closing.municipality;
  return Object.keys(figures).length > 0 ? figures : null;
}

export const CLOSE_FORM_FIELDS = ["outcome", "jobs", "investment", "municipality", "summary"] as const;
export type CloseFormValues = Partial<Record<(typeof CLOSE_FORM_FIELDS)[number], string>>;
export type CloseFieldError = "outcomeRequired" | "summaryRequired" | "summaryTooLong" | "jobsInvalid" | "invalid";

/** The close form between its steps: what was typed, what is wrong with it, and which step shows. */
export type CloseFormState = { step: "edit" | "confirm"; values: CloseFormValues; errors?: Partial<Record<(typeof CLOSE_FORM_FIELDS)[number], CloseFieldError>> };

/** The typed values, as strings of bounded length (what comes back into the form). */
export function closeFormValues(form: FormData): CloseFormValues {
  const values: CloseFormValues = {};
  for (const field of CLOSE_FORM_FIELDS) {
    const value = form.get(field);
    if (typeof value === "string" && value !== "") values[field] = value.slice(0, SUMMARY_MAX + 100);
  }
  return values;
}

/** Checks the typed values: the closing, or per-field errors (an outcome must be chosen; nothing is preselected). */
export function reviewClosing(values: CloseFormValues): { ok: true; closing: Closing } | { ok: false; errors: NonNullable<CloseFormState["errors"]> } {
  const parsed = closingSchema.safeParse(values);
  if (parsed.success) return { ok: true, closing: parsed.data };
  const errors: NonNullable<CloseFormState["errors"]> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (field === "outcome") errors.outcome = "outcomeRequired";
    else if (field === "summary") errors.summary = (values.summary ?? "").trim().length > SUMMARY_MAX ? "summaryTooLong" : "summaryRequired";
    else if (field === "jobs") errors.jobs = "jobsInvalid";
    else if (field === "investment" || field === "municipality") errors[field] = "invalid";
  }
  return { ok: false, errors };
}
