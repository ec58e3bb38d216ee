"use server";
// The translation forms of the case page and the reading language of the account page,
// through the one staff wrapper. Work without JavaScript: each answers with a redirect
// back to the text it was about, with the result in the query.
import { redirect } from "next/navigation";
import { z } from "zod";
import { accountSecurityPath } from "../auth/session.ts";
import { staffAction } from "../auth/staff-action.ts";
import { loadInquiryDetail } from "../casework/staff-detail.ts";
import { db } from "../db/client.ts";
import { ExpectedError } from "../expected-error.ts";
import { locales, type Locale } from "../i18n/routing.ts";
import { REFERENCE_PATTERN } from "../inquiries/reference.ts";
import { requestTranslation } from "./job.ts";
import { saveReadingLocale } from "./reading.ts";
import { retryTranslations, saveHumanTranslation } from "./store.ts";
import { TRANSLATION_SOURCES } from "./texts.ts";
import { textAnchor, TRANSLATION_MAX_LENGTH, visibleSources } from "./view.ts";

const casePath = (locale: Locale, reference: string, result: string, anchor = "") =>
  `/${locale}/admin/inquiries/${REFERENCE_PATTERN.test(reference) ? reference : ""}?translation=${result}${anchor ? `#${anchor}` : ""}`;

const saveInput = z.object({
  reference: z.string().regex(REFERENCE_PATTERN),
  source: z.enum(TRANSLATION_SOURCES),
  sourceId: z.uuid(),
  targetLocale: z.enum(locales),
  body: z.string().trim().min(1).max(TRANSLATION_MAX_LENGTH),
});

/** A person writes or corrects the translation of a text they may read. */
export const saveTranslationAction = staffAction({
  access: "inquiry.translate",
  page: (locale, form) => `/${locale}/admin/inquiries/${String(form.get("reference") ?? "")}`,
  schema: saveInput,
  read: (form) => ({
    reference: form.get("reference"),
    source: form.get("source"),
    sourceId: form.get("sourceId"),
    targetLocale: form.get("targetLocale"),
    body: form.get("body") ?? "",
  }),
  fail: (code, { locale, form }) =>
    redirect(casePath(locale, String(form.get("reference") ?? ""), code === "notAllowed" ? "notAllowed" : "invalid", textAnchor(String(form.get("source")), String(form.get("sourceId"))))),
  malformed: undefined,
  run: async (input, { staff, locale }) => {
    const detail = await loadInquiryDetail(staff, input.reference);
    if (!detail || detail.inquiry.anonymisedAt) throw new ExpectedError("notAllowed");
    const messages = detail.contactVisible ? await db().inquiryMessage.findMany({ where: { inquiryId: detail.inquiry.id }, select: { id: true } }) : [];
    // Only a text this person may read: a private note of another organisation does not exist for them.
    const readable = visibleSources(detail, messages.map((m) => m.id)).some((s) => s.source === input.source && s.sourceId === input.sourceId);
    if (!readable) throw new ExpectedError("notAllowed");
    await saveHumanTranslation(db(), {
      inquiryId: detail.inquiry.id, source: input.source, sourceId: input.sourceId, targetLocale: input.targetLocale, body: input.body,
      translator: { id: staff.userId, label: staff.name },
    });
    redirect(casePath(locale, input.reference, "saved", textAnchor(input.source, input.sourceId)));
  },
});

/** Ask the engine again for the case's waiting and failed texts. */
export const retryTranslationAction = staffAction({
  access: "inquiry.translate",
  page: (locale, form) => `/${locale}/admin/inquiries/${String(form.get("reference") ?? "")}`,
  schema: z.object({ reference: z.string().regex(REFERENCE_PATTERN), anchor: z.string().max(200).regex(/^[a-z0-9_-]*$/).optional() }),
  read: (form) => ({ reference: form.get("reference"), anchor: form.get("anchor") || undefined }),
  fail: (code, { locale, form }) => redirect(casePath(locale, String(form.get("reference") ?? ""), code === "notAllowed" ? "notAllowed" : "invalid")),
  malformed: undefined,
  run: async (input, { staff, locale }) => {
    const detail = await loadInquiryDetail(staff, input.reference);
    if (!detail || detail.inquiry.anonymisedAt) throw new ExpectedError("notAllowed");
    await retryTranslations(db(), detail.inquiry.id);
    await requestTranslation(detail.inquiry.id);
    redirect(casePath(locale, input.reference, "retried", input.anchor));
  },
});

/** The reading language on the account page ("" follows the interface language). */
export const saveReadingLocaleAction = staffAction({
  access: "signedIn",
  page: (locale) => `${accountSecurityPath(locale)}#reading`,
  schema: z.object({ readingLocale: z.union([z.enum(locales), z.literal("")]) }),
  read: (form) => ({ readingLocale: form.get("readingLocale") ?? "" }),
  fail: (_code, { locale }) => redirect(`${accountSecurityPath(locale)}?reading=invalid#reading`),
  malformed: undefined,
  run: async (input, { staff, locale }) => {
    await saveReadingLocale(staff, input.readingLocale || null);
    redirect(`${accountSecurityPath(locale)}?reading=saved#reading`);
  },
});
