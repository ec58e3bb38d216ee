"use server";
// The journey's Server Actions. Thin: they read the form, call lib/inquiries
// and decide where the browser goes next. Without JavaScript the form posts
// here and the page re-renders with the returned state.
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "../db/client.ts";
import { MUNICIPALITY_SLUGS } from "../domain/catalog.ts";
import { env } from "../env.ts";
import { writableDraft } from "./draft-cookie.ts";
import { savePendingValues, saveStepAnswers, updateDraftData } from "./drafts.ts";
import { HONEYPOT_FIELD, journeyPath, SWITCH_LOCALE_FIELD, type StatusState, type StepState } from "./form-state.ts";
import { countryOfLocale, normalisePhone } from "./phone.ts";
import { normaliseReference } from "./reference.ts";
import { Journey } from "./journey.ts";
import { formValues, parseStep, readForm, STEPS, type StepId } from "./schema.ts";
import { lookupInquiryStatus } from "./status-lookup.ts";
import { failureError, failureSummary } from "./send-draft.ts";
import { formLocale, isFormData, nextSubmission, storableText } from "../security/action-input.ts";
import { isLocale, type Locale } from "../i18n/routing.ts";
import { clientIp } from "../security/client-ip.ts";
import { consumeRateLimit } from "../security/rate-limit.ts";
import { logger } from "../log.ts";

const log = logger("inquiry");

function isStep(value: unknown): value is StepId {
  return typeof value === "string" && (STEPS as readonly string[]).includes(value);
}

const filled = (value: FormDataEntryValue | null) => typeof value === "string" && value.trim() !== "";

export async function saveStep(previous: StepState, form: FormData): Promise<StepState> {
  if (!isFormData(form)) return { values: {}, errors: {}, submission: nextSubmission(previous) };
  const locale = formLocale(form);
  const step = form.get("step");
  if (!isStep(step)) redirect(`/${locale}${journeyPath("direction")}`);
  const raw = readForm(step, form);
  const submission = nextSubmission(previous);
  const switchTo = form.get(SWITCH_LOCALE_FIELD);
  if (isLocale(switchTo)) {
    const query = new URLSearchParams();
    if (form.get("returnTo") === "check") query.set("returnTo", "check");
    const municipality = form.get("municipality");
    if (typeof municipality === "string" && (MUNICIPALITY_SLUGS as readonly string[]).includes(municipality)) query.set("municipality", municipality);
    return switchLanguage(step, raw, switchTo, `${journeyPath(step)}${query.size ? `?${query}` : ""}`, submission);
  }

  let next: string;
  try {
    let draft = await writableDraft();
    // The phone number is read in the headquarters' country from the company step.
    const result = parseStep(step, raw, { phone: normalisePhone, country: draft.data.answers.company?.hqCountry ?? countryOfLocale(locale) });
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
    next = new Journey(draft.data.answers).next(step, { returnToCheck: form.get("returnTo") === "check" });
  } catch (error) {
    log.error({ step, error: failureSummary(error) }, "saving a step failed");
    return { values: formValues(step, raw), errors: {}, formError: { code: failureError(error).code }, submission };
  }
  // The browser's router cache must not show an earlier render of a step on Back.
  revalidatePath(`/${locale}/inquiry`, "layout");
  redirect(`/${locale}${journeyPath(next as StepId | "check")}`);
}

/** The language switch on a question page: keeps what was typed, unchecked, and shows the step at `path` in the language `target`. */
async function switchLanguage(step: StepId, raw: Record<string, string | string[]>, target: Locale, path: string, submission: number): Promise<StepState> {
  const values = formValues(step, raw);
  try {
    await savePendingValues(db(), await writableDraft(), step, values);
  } catch (error) {
    log.error({ step, error: failureSummary(error) }, "keeping a step for a language switch failed");
    return { values, errors: {}, formError: { code: failureError(error).code }, submission };
  }
  revalidatePath(`/${target}/inquiry`, "layout");
  redirect(`/${target}${path}`);
}

export async function lookUpStatus(previous: StatusState, form: FormData): Promise<StatusState> {
  if (!isFormData(form)) return { values: { reference: "", email: "" }, errors: {}, submission: nextSubmission(previous) };
  const locale = formLocale(form);
  const rawReference = String(form.get("reference") ?? "").slice(0, 60);
  const rawEmail = String(form.get("email") ?? "").slice(0, 300);
  const values = { reference: storableText(rawReference), email: storableText(rawEmail) };
  const submission = nextSubmission(previous);
  const reference = normaliseReference(rawReference);
  const email = rawEmail.normalize("NFKC").trim();
  // An address with a control character (a NUL byte above all) is no address of an applicant.
  const emailOk = email.includes("@") && !/\p{Cc}/u.test(email);
  const errors = { ...(reference ? {} : { reference: true as const }), ...(emailOk ? {} : { email: true as const }) };
  if (!reference || !emailOk) return { values, errors, submission };

  try {
    const limit = await consumeRateLimit("inquiry-status", clientIp(await headers()), env.INQUIRY_STATUS_RATE_LIMIT_PER_HOUR);
    if (!limit.allowed) return { values, errors: {}, rateLimitedMinutes: Math.ceil(limit.retryAfterSeconds / 60), submission };
    const found = await lookupInquiryStatus(db(), reference, email, locale);
    return {
      values,
      errors: {},
      result: found
        ? {
            found: true,
            reference: found.reference,
            submittedAt: found.submittedAt.toISOString(),
            stage: found.stage,
            handledBy: found.handledBy,
            milestones: found.milestones.map((m) => ({ kind: m.kind, at: m.at.toISOString(), names: m.names })),
            contacts: found.contacts,
            conversationPath: found.conversationPath,
          }
        : { found: false },
      submission,
    };
  } catch (error) {
    log.error({ error: failureSummary(error) }, "status look-up failed");
    return { values, errors: {}, result: { found: false }, submission };
  }
}
