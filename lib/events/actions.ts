"use server";
// The public registration's Server Actions: register, cancel through the link,
// and start an inquiry from a registration. Without JavaScript the forms post
// here and the page re-renders with the returned state (or follows a redirect).
import { headers } from "next/headers";
import { redirect, unstable_rethrow } from "next/navigation";
import { db } from "../db/client.ts";
import { isDatabaseUnavailable } from "../db/errors.ts";
import { isLocale } from "../i18n/routing.ts";
import { writableDraft } from "../inquiries/draft-cookie.ts";
import { updateDraftData } from "../inquiries/drafts.ts";
import { HONEYPOT_FIELD } from "../inquiries/form-state.ts";
import { formLocale, hasNulByte, isFormData, nextSubmission } from "../security/action-input.ts";
import { clientIp } from "../security/client-ip.ts";
import { failureKind, logger } from "../log.ts";
import { issueFormToken, readFormToken } from "./form-token.ts";
import type { RegistrationState } from "./form-state.ts";
import { loadRegistrationEvent } from "./public.ts";
import { parseRegistration, registrationValues } from "./registration-schema.ts";
import { cancelRegistration, registerForEvent } from "./registration.ts";

const log = logger("events");

const SLUG = /^[a-z0-9-]{1,120}$/;

export async function registerAction(previous: RegistrationState, form: FormData): Promise<RegistrationState> {
  const submission = nextSubmission(previous);
  if (!isFormData(form) || hasNulByte(form)) return { values: {}, errors: {}, answerErrors: {}, formError: { code: "unexpected" }, submission };
  const locale = formLocale(form);
  const slug = form.get("event");
  if (typeof slug !== "string" || !SLUG.test(slug)) redirect(`/${locale}/events`);
  const get = (field: string) => {
    const value = form.get(field);
    return typeof value === "string" ? value : undefined;
  };
  let status: string;
  try {
    const event = await loadRegistrationEvent(slug, locale);
    if (!event) redirect(`/${locale}/events`);
    const values = registrationValues(get, event.questions);
    const token = get("formToken");
    const shownAt = readFormToken(token);
    // The form shown again keeps its token: its fill time runs on, and a double click still registers once.
    const kept = shownAt ? token : undefined;
    const parsed = parseRegistration(values, { questions: event.questions, slotIds: event.slots.map((s) => s.id) }, get);
    if (!parsed.ok) return { values, errors: parsed.errors, answerErrors: parsed.answerErrors, formToken: kept, submission };
    if (!token || !shownAt) return { values, errors: {}, answerErrors: {}, formError: { code: "stale" }, formToken: issueFormToken(), submission };
    const result = await registerForEvent({ eventSlug: slug, data: parsed.data, formToken: token, formShownAt: shownAt, honeypot: get(HONEYPOT_FIELD), clientIp: clientIp(await headers()) });
    if (!result.ok) {
      if (result.reason === "notFound") redirect(`/${locale}/events`);
      const formError = result.reason === "rateLimited" ? { code: "rateLimited" as const, minutes: Math.ceil(result.retryAfterSeconds / 60) } : { code: result.reason };
      return { values, errors: {}, answerErrors: {}, formError, formToken: result.reason === "tooFast" ? kept : issueFormToken(), submission };
    }
    status = result.status;
  } catch (error) {
    unstable_rethrow(error);
    // The failure's kind only: a message can quote the submitted values (names, addresses).
    log.error({ error: isDatabaseUnavailable(error) ? "database unavailable" : failureKind(error) }, "registration failed");
    return { values: registrationValues(get, []), errors: {}, answerErrors: {}, formError: { code: isDatabaseUnavailable(error) ? "unavailable" : "unexpected" }, submission };
  }
  redirect(`/${locale}/events/${slug}/register?registered=${status}`);
}

/** Cancels through the registration's own page; the page then shows the cancellation. */
export async function cancelAction(form: FormData): Promise<void> {
  if (!isFormData(form)) return;
  const locale = formLocale(form);
  const token = form.get("token");
  if (typeof token !== "string") redirect(`/${locale}/events`);
  await cancelRegistration(token);
  redirect(`/${locale}/events/registration/${token}?cancelled=1`);
}

/** "Ask about your market entry": a new inquiry draft with name, company and language from the registration, on the person's own click. */
export async function startInquiryAction(form: FormData): Promise<void> {
  if (!isFormData(form)) return;
  const locale = formLocale(form);
  const token = form.get("token");
  const registration =
    typeof token === "string" && /^[A-Za-z0-9_-]{20,64}$/.test(token)
      ? await db().eventRegistration.findUnique({ where: { cancelToken: token }, select: { name: true, company: true, locale: true, anonymisedAt: true } })
      : null;
  if (!registration || registration.anonymisedAt) redirect(`/${locale}/inquiry`);
  const replyLocale = isLocale(registration.locale) ? registration.locale : locale;
  const draft = await writableDraft();
  await updateDraftData(db(), draft, {
    pending: {
      ...draft.data.pending,
      company: { ...draft.data.pending.company, companyName: registration.company },
      contact: { ...draft.data.pending.contact, contactName: registration.name, replyLocale },
    },
  });
  redirect(`/${replyLocale}/inquiry`);
}
