import "server-only";
// The notification mails as plain text, each in its recipient's language.
import { publicBaseUrl } from "../env.ts";
import type { Locale } from "../i18n/routing.ts";
import { translatorFor } from "../i18n/translator.ts";
import type { RenderedMail } from "../mail/queue.ts";
import { greeting, type Addressee, type SenderOrganisation } from "../conversation/mails.ts";

export const caseUrl = (locale: Locale, reference: string) => `${publicBaseUrl()}/${locale}/admin/inquiries/${reference}`;

type CaseFacts = { reference: string; companyName: string; direction: string; sectors: readonly string[] };

/**
 * What a staff notification says, before it becomes a mail of its own or a line of a
 * digest. It links to the case page, unless `link` says otherwise (a case the
 * recipient can no longer open: the inbox).
 */
export type StaffNotice = { subject: string; lines: string[]; reference: string; link?: { url: string; line: string } };

export function forwardedNotice(locale: Locale, facts: CaseFacts, organisation: string, note: string | null): StaffNotice {
  const t = translatorFor(locale);
  const colon = locale === "ja" ? "：" : ": ";
  const sectors = facts.sectors.map((s) => t(`catalog.sectors.${s}`)).join(locale === "ja" ? "、" : ", ");
  return {
    reference: facts.reference,
    subject: t("notifications.mail.forwardedSubject", { organisation, reference: facts.reference }),
    lines: [
      t("notifications.mail.forwardedIntro", { reference: facts.reference }),
      "",
      `${t("notifications.mail.company")}${colon}${facts.companyName}`,
      `${t("notifications.mail.direction")}${colon}${t(`catalog.directions.${facts.direction}`)}`,
      `${t("notifications.mail.sectors")}${colon}${sectors}`,
      ...(note ? ["", t("notifications.mail.forwardingMessage"), note] : []),
    ],
  };
}

export function replyNotice(locale: Locale, facts: CaseFacts): StaffNotice {
  const t = translatorFor(locale);
  return {
    reference: facts.reference,
    subject: t("notifications.mail.replySubject", { reference: facts.reference }),
    lines: [t("notifications.mail.replyIntro", { company: facts.companyName, reference: facts.reference })],
  };
}

export function respondedNotice(locale: Locale, facts: CaseFacts, organisation: string, returned: { reason: string } | null): StaffNotice {
  const t = translatorFor(locale);
  const values = { organisation, reference: facts.reference };
  return returned
    ? { reference: facts.reference, subject: t("notifications.mail.returnedSubject", values), lines: [t("notifications.mail.returnedIntro", values), returned.reason] }
    : { reference: facts.reference, subject: t("notifications.mail.acceptedSubject", values), lines: [t("notifications.mail.acceptedIntro", values)] };
}

/** One notice as a mail of its own. */
export function noticeMail(locale: Locale, name: string, notice: StaffNotice): RenderedMail {
  const t = translatorFor(locale);
  const text = [t("notifications.mail.greeting", { name }), "", ...notice.lines, "", notice.link?.line ?? t("notifications.mail.link", { url: caseUrl(locale, notice.reference) }), "", "-- ", t("notifications.mail.footer")];
  return { subject: notice.subject, text: text.join("\n") };
}

/** Several waiting notices as one mail: each its subject and link. */
export function digestMail(locale: Locale, name: string, lines: readonly string[]): RenderedMail {
  const t = translatorFor(locale);
  const text = [t("notifications.mail.greeting", { name }), "", t("notifications.mail.digestIntro"), "", ...lines.flatMap((l) => [l, ""]), "-- ", t("notifications.mail.footer")];
  return { subject: t("notifications.mail.digestSubject", { count: lines.length }), text: text.join("\n") };
}

/** A notice as one line of a digest (its subject and the link). */
export function digestLine(locale: Locale, notice: StaffNotice): string {
  return `• ${notice.subject}\n  ${notice.link?.url ?? caseUrl(locale, notice.reference)}`;
}

/** To the applicant: the stage sentence and the steps of the status page, who handles the case, and the links. */
export function applicantStageMail(input: {
  locale: Locale;
  reference: string;
  to: Addressee;
  sentence: string;
  /** The status page's list of steps, each as one line (milestoneLine). */
  steps: readonly string[];
  contacts: readonly SenderOrganisation[];
  statusUrl: string;
  conversationUrl: string;
}): RenderedMail {
  const t = translatorFor(input.locale);
  const colon = input.locale === "ja" ? "：" : ": ";
  const contacts = input.contacts.flatMap((c) => [
    "",
    c.name,
    ...(c.email ? [`${t("inquiryStatus.contactEmail")}${colon}${c.email}`] : []),
    ...(c.phone ? [`${t("inquiryStatus.contactPhone")}${colon}${c.phone}`] : []),
    ...(c.website ? [c.website] : []),
  ]);
  const text = [
    greeting(t, input.locale, input.to),
    "",
    t("notifications.mail.applicantIntro", { reference: input.reference }),
    "",
    input.sentence,
    "",
    `${t("inquiryStatus.stepsHeading")}${colon}`,
    ...input.steps,
    ...(contacts.length ? ["", t("notifications.mail.applicantContact"), ...contacts.slice(1)] : []),
    "",
    t("conversation.mail.link", { url: input.conversationUrl }),
    t("notifications.mail.applicantStatus", { url: input.statusUrl }),
    "",
    "-- ",
    t("conversation.mail.footer"),
  ];
  return { subject: t("notifications.mail.applicantSubject", { reference: input.reference }), text: text.join("\n") };
}
