"use server";
// The journey's Server Actions. Thin: they read the form, call lib/inquiries
// and decide where the browser goes next. Without JavaScript the form posts
// here and the page re-renders with the returned state.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { MUNICIPALITY_SLUGS } from "@/lib/domain/catalog";
import { env } from "@/lib/env";
import { currentDraft, writableDraft } from "@/lib/inquiries/draft-cookie";
import { savePendingValues, saveStepAnswers, updateDraftData } from "@/lib/inquiries/drafts";
import { HONEYPOT_FIELD, journeyPath, type FormErrorCode, type StatusState, type StepState, type SubmitState } from "@/lib/inquiries/form-state";
import { normaliseReference } from "@/lib/inquiries/reference";
import { firstIncompleteStep, formValues, parseInquiry, parseStep, readForm, STEPS, type StepId } from "@/lib/inquiries/schema";
import { lookupInquiryStatus } from "@/lib/inquiries/status-lookup";
import { submitInquiry } from "@/lib/inquiries/submit-inquiry";
import { formLocale, isFormData, nextSubmission } from "@/lib/security/action-input";
import { clientIp } from "@/lib/security/client-ip";
import { consumeRateLimit } from "@/lib/security/rate-limit";

function isStep(value: unknown): value is StepId {
  return typeof value === "string" && (STEPS as readonly string[]).includes(value);
}

/** A database outage asks for patience; anything else is our bug. */
const failureCode = (error: unknown): FormErrorCode => (isDatabaseUnavailable(error) ? "unavailable" : "unexpected");
/** Logs name what failed, never the query parameters (they may hold personal data). */
const failureSummary = (error: unknown) =>
  isDatabaseUnavailable(error) ? "database unavailable" : error instanceof Error ? `${error.name}: ${error.message.split("\n")[0]}` : String(error);

const filled = (value: FormDataEntryValue | null) => typeof value === "string" && value.trim() !== "";

export async function saveStep(previous: StepState, form: FormData): Promise<StepState> {
  if (!isFormData(form)) return { values: {}, errors: {}, submission: nextSubmission(previous) };
  const locale = formLocale(form);
  const step = form.get("step");
  if (!isStep(step)) redirect(`/${locale}${journeyPath("direction")}`);
  const raw = readForm(step, form);
  const result = parseStep(step, raw);
  const submission = nextSubmission(previous);

  let next: string;
  try {
    let draft = await writableDraft();
    if (!result.ok) {
      const values = formValues(step, raw);
      await savePendingValues(db(), draft, step, values);
      return { values, errors: result.errors, submission };
    }
    draft = await saveStepAnswers(db(), draft, step, result.data);
    const municipality = form.get("municipality");
    if (filled(form.get(HONEYPOT_FIELD))) draft = await updateDraftData(db(), draft, { suspicious: true });
    if (step === "direction" && typeof municipality === "string" && (MUNICIPALITY_SLUGS as readonly string[]).includes(municipality)) {
      draft = await updateDraftData(db(), draft, { preselectedMunicipality: municipality });
    }
    const firstOpen = firstIncompleteStep(draft.data.answers);
    if (form.get("returnTo") === "check") next = firstOpen ?? "check";
    else next = STEPS[STEPS.indexOf(step) + 1] ?? firstOpen ?? "check";
  } catch (error) {
    console.error(`[inquiry] saving step ${step} failed:`, failureSummary(error));
    return { values: formValues(step, raw), errors: {}, formError: { code: failureCode(error) }, submission };
  }
  // The browser's router cache must not show an earlier render of a step on Back.
  revalidatePath(`/${locale}/inquiry`, "layout");
  redirect(`/${locale}${journeyPath(next as StepId | "check")}`);
}

export async function sendInquiry(previous: SubmitState, form: FormData): Promise<SubmitState> {
  if (!isFormData(form)) return { submission: nextSubmission(previous) };
  const locale = formLocale(form);
  const submission = nextSubmission(previous);
  let draft: Awaited<ReturnType<typeof currentDraft>>;
  try {
    draft = await currentDraft();
  } catch (error) {
    console.error("[inquiry] reading the draft failed:", failureSummary(error));
    return { formError: { code: failureCode(error) }, submission };
  }
  if (!draft) redirect(`/${locale}${journeyPath("direction")}`);
  if (draft.data.confirmation) redirect(`/${locale}${journeyPath("confirmation")}`);

  const parsed = parseInquiry(Object.assign({}, ...Object.values(draft.data.answers)));
  if (!parsed.ok) redirect(`/${locale}${journeyPath(firstIncompleteStep(draft.data.answers) ?? "direction")}`);
  if (form.get("idempotencyKey") !== draft.data.idempotencyKey) return { formError: { code: "stale" }, submission };

  try {
    const honeypot = form.get(HONEYPOT_FIELD);
    const result = await submitInquiry({
      answers: parsed.data,
      locale,
      idempotencyKey: draft.data.idempotencyKey,
      clientIp: clientIp(await headers()),
      startedAt: draft.startedAt,
      honeypot: draft.data.suspicious ? "filled on an earlier step" : typeof honeypot === "string" ? honeypot : null,
      draftId: draft.id,
      // The key submitted is this draft's (checked above).
      draftUnsubmitted: !draft.submitted,
    });
    if (!result.ok) {
      if (result.reason === "rate-limited") return { formError: { code: "rateLimited", minutes: Math.ceil(result.retryAfterSeconds / 60) }, submission };
      if (result.reason === "too-fast") return { formError: { code: "tooFast" }, submission };
      return { formError: { code: "stale" }, submission };
    }
  } catch (error) {
    console.error("[inquiry] submission failed:", failureSummary(error));
    return { formError: { code: failureCode(error) }, submission };
  }
  redirect(`/${locale}${journeyPath("confirmation")}`);
}

export async function lookUpStatus(previous: StatusState, form: FormData): Promise<StatusState> {
  if (!isFormData(form)) return { values: { reference: "", email: "" }, errors: {}, submission: nextSubmission(previous) };
  const locale = formLocale(form);
  const rawReference = String(form.get("reference") ?? "").slice(0, 60);
  const rawEmail = String(form.get("email") ?? "").slice(0, 300);
  const values = { reference: rawReference, email: rawEmail };
  const submission = nextSubmission(previous);
  const reference = normaliseReference(rawReference);
  const email = rawEmail.normalize("NFKC").trim();
  const errors = { ...(reference ? {} : { reference: true as const }), ...(email.includes("@") ? {} : { email: true as const }) };
  if (!reference || !email.includes("@")) return { values, errors, submission };

  try {
    const limit = await consumeRateLimit("inquiry-status", clientIp(await headers()), env.INQUIRY_STATUS_RATE_LIMIT_PER_HOUR);
    if (!limit.allowed) return { values, errors: {}, rateLimitedMinutes: Math.ceil(limit.retryAfterSeconds / 60), submission };
    const found = await lookupInquiryStatus(db(), reference, email, locale);
    return {
      values,
      errors: {},
      result: found ? { found: true, reference: found.reference, submittedAt: found.submittedAt.toISOString(), stage: found.stage, handledBy: found.handledBy } : { found: false },
      submission,
    };
  } catch (error) {
    console.error("[inquiry] status look-up failed:", error);
    return { values, errors: {}, result: { found: false }, submission };
  }
}
