import "server-only";
// The staff invitation mail as plain text, written into the outbox with the invitation.
import { translatorFor } from "../i18n/translator.ts";
import type { Locale } from "../i18n/routing.ts";
import type { RenderedMail } from "../mail/queue.ts";

/** To an invited staff member, in the language the administrator chose: the single-use link to set a password. */
export function renderStaffInvitationMail(input: { name: string; locale: Locale; url: string; validHours: number }): RenderedMail {
  const t = translatorFor(input.locale);
  const text = [
    t("account.mail.greeting", { name: input.name }),
    "",
    t("account.mail.intro"),
    "",
    t("account.mail.link", { url: input.url }),
    "",
    t("account.mail.expiry", { hours: input.validHours }),
    "",
    t("account.mail.ignore"),
    "",
    "-- ",
    t("account.mail.footer"),
  ].join("\n");
  return { subject: t("account.mail.subject"), text };
}
