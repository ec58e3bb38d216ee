// Which free texts of a case can be translated, what language each is in (when known),
// and who reads it: the organisations whose languages it is translated into. Contact
// data (name, role, e-mail, phone) is no such text and is cut out of the texts that are
// before any of them leaves the portal (decision 0028).
//
// Not server-only: the integration tests and the job use it outside Next.js.
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import { isLocale, type Locale } from "../i18n/routing.ts";

export const TRANSLATION_SOURCES = ["DESCRIPTION", "OUTCOME_SUMMARY", "FORWARD_NOTE", "RETURN_REASON", "WITHDRAWAL_REASON", "NOTE", "MESSAGE"] as const;
export type TranslationSource = (typeof TRANSLATION_SOURCES)[number];

/** The names TRANSLATE_FIELDS uses for the sources. */
export const FIELD_NAMES: Record<TranslationSource, string> = {
  DESCRIPTION: "description",
  OUTCOME_SUMMARY: "outcome",
  FORWARD_NOTE: "forward",
  RETURN_REASON: "return",
  WITHDRAWAL_REASON: "withdrawal",
  NOTE: "note",
  MESSAGE: "message",
};

export function isTranslationSource(value: unknown): value is TranslationSource {
  return typeof value === "string" && (TRANSLATION_SOURCES as readonly string[]).includes(value);
}

/** The sources TRANSLATE_FIELDS lets leave the portal (unknown names are ignored). */
export function sourcesAllowedToLeave(fields: string): Set<TranslationSource> {
  const names = new Set(fields.split(",").map((f) => f.trim()));
  return new Set(TRANSLATION_SOURCES.filter((s) => names.has(FIELD_NAMES[s])));
}

export type CaseText = {
  source: TranslationSource;
  sourceId: string;
  body: string;
  /** The language it was written in when the portal knows it (the form's language, a message's). */
  locale: Locale | null;
  /** Organisations that may read it; null: every organisation that holds or held the case. */
  readers: string[] | null;
};

type Db = PrismaClient | Prisma.TransactionClient;

/** Every free text of a case, blank ones left out. */
export async function caseTexts(prisma: Db, inquiryId: string): Promise<CaseText[]> {
  const inquiry = await prisma.inquiry.findUnique({
    where: { id: inquiryId },
    select: {
      id: true, locale: true, description: true, outcomeSummary: true,
      assignments: { select: { id: true, organisationId: true, state: true, note: true, returnReason: true } },
      // The gateway's withdrawals record the language their reason was written in (lib/casework/forward-withdrawal.ts).
      events: { where: { type: "WITHDRAWN" }, select: { targetOrganisationId: true, data: true }, orderBy: { id: "desc" } },
      notes: { select: { id: true, body: true, visibility: true, organisationId: true } },
      messages: { select: { id: true, body: true, locale: true } },
    },
  });
  if (!inquiry) return [];
  const known = (locale: string) => (isLocale(locale) ? locale : null);
  const texts: CaseText[] = [
    { source: "DESCRIPTION", sourceId: inquiry.id, body: inquiry.description, locale: known(inquiry.locale), readers: null },
    { source: "OUTCOME_SUMMARY", sourceId: inquiry.id, body: inquiry.outcomeSummary ?? "", locale: null, readers: null },
    ...inquiry.assignments.flatMap((a): CaseText[] => [
      { source: "FORWARD_NOTE", sourceId: a.id, body: a.note ?? "", locale: null, readers: null },
      // A withdrawn forward's returnReason is the gateway's reason for withdrawing it.
      a.state === "WITHDRAWN"
        ? { source: "WITHDRAWAL_REASON", sourceId: a.id, body: a.returnReason ?? "", locale: withdrawalLocale(inquiry.events, a), readers: null }
        : { source: "RETURN_REASON", sourceId: a.id, body: a.returnReason ?? "", locale: null, readers: null },
    ]),
    // A private note is read by its organisation alone, and so is its translation.
    ...inquiry.notes.map((n): CaseText => ({
      source: "NOTE", sourceId: n.id, body: n.body, locale: null,
      readers: n.visibility === "ORGANISATION" ? (n.organisationId ? [n.organisationId] : []) : null,
    })),
    ...inquiry.messages.map((m): CaseText => ({ source: "MESSAGE", sourceId: m.id, body: m.body, locale: known(m.locale), readers: null })),
  ];
  return texts.filter((t) => t.body.trim() !== "");
}

/**
 * The language a withdrawal's reason was written in: recorded with its event (the newest
 * withdrawal of that organisation with that reason), else null.
 */
export function withdrawalLocale(
  events: readonly { targetOrganisationId: string | null; data: Prisma.JsonValue }[],
  assignment: { organisationId: string; returnReason: string | null },
): Locale | null {
  const data = (e: (typeof events)[number]) => (e.data && typeof e.data === "object" && !Array.isArray(e.data) ? e.data : {});
  const event = events.find((e) => e.targetOrganisationId === assignment.organisationId && data(e).reason === assignment.returnReason);
  const locale = event ? data(event).locale : null;
  return isLocale(locale) ? locale : null;
}

/** Kana (full and half width) and kanji (with 々): of the portal's languages, only Japanese is written in them. */
const JAPANESE_LETTER = /[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f\u3005\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;

/**
 * The language a text shows by its script when nobody recorded it (notes, forwarding
 * messages, return reasons): Japanese when most of it is kana or kanji, a kanji-only note
 * too (a Chinese text would be taken as Japanese; the portal has no Chinese). A Japanese
 * character counts as three Latin letters (a word is two or three of them, a German or
 * English word six to eight letters), so "EWGのWebinarに参加します" is Japanese and
 * "Bitte an 山田さん weiterleiten" is not. Latin script says nothing about German or English,
 * umlauts neither (English names Köln): null.
 */
export function scriptLocale(text: string): Locale | null {
  const japanese = text.match(JAPANESE_LETTER)?.length ?? 0;
  const latin = text.match(LATIN_LETTER)?.length ?? 0;
  return japanese > 0 && japanese * 3 >= latin ? "ja" : null;
}

/** The text of one source, or "" when it is gone or blank. */
export async function sourceText(prisma: Db, source: TranslationSource, sourceId: string): Promise<string> {
  switch (source) {
    case "DESCRIPTION":
      return (await prisma.inquiry.findUnique({ where: { id: sourceId }, select: { description: true } }))?.description ?? "";
    case "OUTCOME_SUMMARY":
      return (await prisma.inquiry.findUnique({ where: { id: sourceId }, select: { outcomeSummary: true } }))?.outcomeSummary ?? "";
    case "FORWARD_NOTE":
      return (await prisma.assignment.findUnique({ where: { id: sourceId }, select: { note: true } }))?.note ?? "";
    case "RETURN_REASON":
      return (await prisma.assignment.findUnique({ where: { id: sourceId }, select: { returnReason: true } }))?.returnReason ?? "";
    case "WITHDRAWAL_REASON":
      return (await prisma.assignment.findFirst({ where: { id: sourceId, state: "WITHDRAWN" }, select: { returnReason: true } }))?.returnReason ?? "";
    case "NOTE":
      return (await prisma.inquiryNote.findUnique({ where: { id: sourceId }, select: { body: true } }))?.body ?? "";
    case "MESSAGE":
      return (await prisma.inquiryMessage.findUnique({ where: { id: sourceId }, select: { body: true } }))?.body ?? "";
  }
}

/** The language an organisation works in when none of its staff chose one: Japanese for the Tokyo partner, else German. */
export function organisationLocale(kind: string): Locale {
  return kind === "TOKYO_PARTNER" ? "ja" : "de";
}

/** A staff member's reading language: chosen, else the language they use the staff area in, else German. */
export function readingLocaleOf(user: { readingLocale: string | null; uiLocale: string | null }): Locale {
  if (isLocale(user.readingLocale)) return user.readingLocale;
  return isLocale(user.uiLocale) ? user.uiLocale : "de";
}

/**
 * The languages of the organisations that hold or held the case (and the gateway, which
 * sees every case): each organisation's own and its active staff's reading languages.
 */
export async function readerLocales(prisma: Db, inquiryId: string): Promise<Map<string, Set<Locale>>> {
  const organisations = await prisma.organisation.findMany({
    where: { OR: [{ kind: "GATEWAY" }, { assignments: { some: { inquiryId, state: { in: ["PENDING", "ACCEPTED", "CLOSED"] } } } }] },
    select: { id: true, kind: true, staff: { where: { active: true }, select: { readingLocale: true, uiLocale: true } } },
  });
  return new Map(
    organisations.map((o) => [o.id, new Set<Locale>([organisationLocale(o.kind), ...o.staff.filter((u) => u.readingLocale || u.uiLocale).map(readingLocaleOf)])]),
  );
}

/** The languages a text is translated into: its readers' languages but its own. */
export function targetsOf(text: CaseText, readers: Map<string, Set<Locale>>): Locale[] {
  const locales = new Set<Locale>();
  for (const [organisationId, set] of readers) {
    if (text.readers && !text.readers.includes(organisationId)) continue;
    for (const locale of set) locales.add(locale);
  }
  if (text.locale) locales.delete(text.locale);
  return [...locales].sort();
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The text as it may leave the portal: the applicant's contact data (name, e-mail, phone,
 * each as stored) replaced by "[…]" wherever the text repeats it.
 */
export function withoutContactData(text: string, contact: { contactName: string; contactEmail: string; contactPhone: string; contactRole: string | null }): string {
  const phoneDigits = contact.contactPhone.replace(/\D/g, "");
  let out = text;
  for (const value of [contact.contactEmail, contact.contactName, contact.contactRole ?? "", contact.contactPhone]) {
    const trimmed = value.trim();
    if (trimmed.length >= 2) out = out.replace(new RegExp(escape(trimmed), "gi"), "[…]");
  }
  // The phone number written another way (spaces, dashes, brackets): its digits in a row.
  if (phoneDigits.length >= 6) {
    const pattern = phoneDigits.split("").map(escape).join("[\\s\\-./()]*");
    out = out.replace(new RegExp(`\\+?${pattern}`, "g"), "[…]");
    // Without the country code, as written at home (0…).
    const national = phoneDigits.replace(/^(49|81)/, "");
    if (national !== phoneDigits && national.length >= 6) out = out.replace(new RegExp(`0${national.split("").map(escape).join("[\\s\\-./()]*")}`, "g"), "[…]");
  }
  return out;
}
