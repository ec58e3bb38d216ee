import "server-only";
// A staff member's reading language (User.readingLocale; unset: the interface language)
// and everything the case page needs to show each text in it (decision 0028).
import type { StaffPrincipal } from "../auth/permissions.ts";
import { can } from "../auth/permissions.ts";
import type { InquiryDetail } from "../casework/staff-detail.ts";
import { db } from "../db/client.ts";
import { isLocale, type Locale } from "../i18n/routing.ts";
import { configuredEngine } from "./job.ts";
import { caseTranslations, type CaseTranslations } from "./view.ts";

/** The reading language chosen on the account page, or null (follow the interface language). */
export async function chosenReadingLocale(staff: StaffPrincipal): Promise<Locale | null> {
  const user = await db().user.findUnique({ where: { id: staff.userId }, select: { readingLocale: true } });
  return isLocale(user?.readingLocale) ? user.readingLocale : null;
}

export async function saveReadingLocale(staff: StaffPrincipal, locale: Locale | null): Promise<void> {
  await db().user.update({ where: { id: staff.userId }, data: { readingLocale: locale } });
}

/** What the text components of the case page need: the reader's language, the translations they may read, the toggle. */
export type Reading = {
  /** The page's interface language (labels, dates). */
  locale: Locale;
  reading: Locale;
  originalOnly: boolean;
  translations: CaseTranslations;
  reference: string;
  /** May write a translation and ask the engine again. */
  mayTranslate: boolean;
  /** An engine is configured: a text without a translation waits for it. */
  engine: string | null;
};

export async function readingFor(staff: StaffPrincipal, detail: InquiryDetail, locale: Locale, originalOnly: boolean): Promise<Reading> {
  const messages = detail.contactVisible ? await db().inquiryMessage.findMany({ where: { inquiryId: detail.inquiry.id }, select: { id: true } }) : [];
  const [chosen, translations] = await Promise.all([chosenReadingLocale(staff), caseTranslations(detail, messages.map((m) => m.id))]);
  return {
    locale,
    reading: chosen ?? locale,
    originalOnly,
    translations,
    reference: detail.inquiry.reference,
    mayTranslate: can(staff, "inquiry.translate") && !detail.inquiry.anonymisedAt,
    engine: configuredEngine()?.name ?? null,
  };
}
