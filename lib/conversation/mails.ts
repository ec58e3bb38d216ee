import "server-only";
// The conversation's mails to the applicant as plain text, in the applicant's reply
// language and customs: Japanese mail names the company first, then the person with 様.
import type { Locale } from "../i18n/routing.ts";
import { translatorFor, type Translate } from "../i18n/translator.ts";
import type { RenderedMail } from "../mail/queue.ts";

/** The writing organisation as the applicant sees it: its name in their language and its public contact. */
export type SenderOrganisation = { name: string; email: string | null; phone: string | null; website: string | null };

export type Addressee = { companyName: string; contactName: string };

/** The salutation: "山田商事株式会社\n山田 花子 様", "Guten Tag Anna Schmidt,", "Dear Anna Schmidt,". */
export function greeting(t: Translate, locale: Locale, to: Addressee): string {
  const name = to.contactName.trim();
  const line = name ? t("conversation.mail.greeting", { name }) : t("conversation.mail.greetingNoName");
  return locale === "ja" && to.companyName.trim() ? `${to.companyName.trim()}\n${line}` : line;
}

function signature(t: Translate, locale: Locale, sender: SenderOrganisation): string[] {
  const colon = locale === "ja" ? "：" : ": ";
  return [
    t("conversation.mail.contactHeading"),
    sender.name,
    ...(sender.email ? [`E-Mail${colon}${sender.email}`] : []),
    ...(sender.phone ? [`${locale === "ja" ? "電話" : locale === "de" ? "Telefon" : "Phone"}${colon}${sender.phone}`] : []),
    ...(sender.website ? [sender.website] : []),
  ];
}

/** A staff member's message to the applicant, with the link to read and answer it in the portal. */
export function renderMessageMail(input: { locale: Locale; reference: string; to: Addressee; sender: SenderOrganisation; body: string; url: string }): RenderedMail {
  const { locale, reference, sender } = input;
  const t = translatorFor(locale);
  const text = [
    greeting(t, locale, input.to),
    "",
    t("conversation.mail.intro", { organisation: sender.name, reference }),
    "",
    input.body,
    "",
    t("conversation.mail.link", { url: input.url }),
    t("conversation.mail.replyByMail"),
    "",
    t("conversation.mail.closing"),
    "",
    ...signature(t, locale, sender),
    "",
    "-- ",
    t("conversation.mail.footer"),
  ].join("\n");
  return { subject: t("conversation.mail.subject", { organisation: sender.name, reference }), text };
}

/** A fresh link after an expired one, to the inquiry's own address only. */
export function renderFreshLinkMail(input: { locale: Locale; reference: string; to: Addressee; url: string; days: number }): RenderedMail {
  const t = translatorFor(input.locale);
  const text = [
    greeting(t, input.locale, input.to),
    "",
    t("conversation.mail.freshIntro", { reference: input.reference }),
    input.url,
    "",
    t("conversation.mail.freshExpiry", { days: input.days }),
    "",
    "-- ",
    t("conversation.mail.footer"),
  ].join("\n");
  return { subject: t("conversation.mail.freshSubject", { reference: input.reference }), text };
}
