import "server-only";
// The inquiry mails as plain text. Written into the outbox inside the submit
// transaction, so what is sent is exactly what was rendered at submission.
import { publicBaseUrl } from "../env.ts";
import type { Locale } from "../i18n/routing.ts";
import type { InquiryAnswers } from "./schema.ts";
import { summariseAnswers } from "./summary.ts";
import { countryName } from "./countries.ts";
import { translatorFor } from "../i18n/translator.ts";
import type { RenderedMail } from "../mail/queue.ts";
import { languageName } from "../i18n/language-names.ts";

function answersBlock(answers: InquiryAnswers, locale: Locale, municipalityNames: Record<string, string>): string {
  const t = translatorFor(locale);
  return summariseAnswers(answers, t, { locale, municipalityNames })
    .map((section) => {
      // Japanese takes the full-width colon, without a space after it.
      const [colon, space] = locale === "ja" ? ["：", ""] : [":", " "];
      const rows = section.rows.map((r) => {
        const value = r.value.includes("\n") ? `\n${r.value.replace(/^/gm, "  ")}` : `${space}${r.value}`;
        return `${r.label}${colon}${value}`;
      });
      return [`== ${section.title} ==`, ...rows].join("\n");
    })
    .join("\n\n");
}

/** To the applicant, in their reply language, with a copy of every answer. */
export function renderConfirmationMail(input: {
  answers: InquiryAnswers;
  reference: string;
  replyBusinessDays: number;
  municipalityNames: Record<string, string>;
}): RenderedMail {
  const locale = input.answers.replyLocale;
  const t = translatorFor(locale);
  const statusUrl = `${publicBaseUrl()}/${locale}/inquiry/status`;
  const text = [
    t("mail.confirmation.greeting", { name: input.answers.contactName }),
    "",
    t("mail.confirmation.intro", { reference: input.reference }),
    "",
    t("mail.confirmation.next", { days: input.replyBusinessDays }),
    "",
    t("mail.confirmation.status", { url: statusUrl }),
    "",
    t("mail.confirmation.answersHeading"),
    "",
    answersBlock(input.answers, locale, input.municipalityNames),
    "",
    t("mail.confirmation.closing"),
    "",
    "-- ",
    t("mail.confirmation.footer"),
  ].join("\n");
  return { subject: t("mail.confirmation.subject", { reference: input.reference }), text };
}

/** To NRW.Global Business, always in German: the facts for triage and a link to the case. */
export function renderGatewayNotificationMail(input: {
  answers: InquiryAnswers;
  reference: string;
  preferredNames: string[];
}): RenderedMail {
  const t = translatorFor("de");
  const a = input.answers;
  const link = `${publicBaseUrl()}/de/admin/inquiries/${input.reference}`;
  const lines = [
    t("mail.gateway.intro", { reference: input.reference }),
    "",
    `${t("inquiry.fields.direction.label")}: ${t(`catalog.directions.${a.direction}`)}`,
    `${t("inquiry.fields.companyName.label")}: ${a.companyName}${a.companyNameLatin ? ` (${a.companyNameLatin})` : ""}`,
    `${t("mail.gateway.headquarters")}: ${a.hqCity}, ${countryName(a.hqCountry, "de")}`,
    `${t("inquiry.fields.sectors.label")}: ${a.sectors.map((s) => t(`catalog.sectors.${s}`)).join(", ")}`,
    `${t("inquiry.fields.supportNeeds.label")}: ${a.supportNeeds.map((s) => t(`catalog.services.${s}`)).join(", ")}`,
    `${t("inquiry.fields.preferredMunicipalities.label")}: ${input.preferredNames.length ? input.preferredNames.join(", ") : t("inquiry.fields.preferredMunicipalities.none")}`,
    `${t("mail.gateway.languages")}: ${languageName(a.replyLocale, "de")}`,
    "",
    t("mail.gateway.link", { url: link }),
    "",
    t("mail.gateway.footer"),
  ];
  return { subject: t("mail.gateway.subject", { reference: input.reference, company: a.companyName }), text: lines.join("\n") };
}
