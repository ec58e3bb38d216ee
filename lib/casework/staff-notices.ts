import "server-only";
// Telling a partner organisation's staff about its cases (issue #17): one mail per
// active staff member, written into the outbox inside the caller's transaction. The
// one place to route through staff notification preferences once lib/notifications
// (issue #16) offers them. No applicant data: the reference and the gateway's reason.
import { env, publicBaseUrl } from "../env.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Locale } from "../i18n/routing.ts";
import { translatorFor } from "../i18n/translator.ts";

type Tx = Prisma.TransactionClient;
export type StaffNotice = { kind: "FORWARD_WITHDRAWN"; organisationId: string; inquiryId: string; reference: string; reason: string; now: Date };

/** Queues the notice to every active staff member of the organisation; returns the mails' ids and how they go out. */
export async function queueStaffNotice(tx: Tx, notice: StaffNotice): Promise<{ ids: string[]; delivery: "queue" | "outbox" }> {
  const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: notice.organisationId }, select: { kind: true } });
  const staff = await tx.user.findMany({ where: { organisationId: notice.organisationId, active: true }, select: { email: true } });
  // Staff accounts have no language of their own yet: the Tokyo partner reads Japanese, NRW's partners German.
  const locale: Locale = organisation.kind === "TOKYO_PARTNER" ? "ja" : "de";
  const t = translatorFor(locale);
  const delivery = env.SMTP_URL ? "queue" : "outbox";
  const subject = t("account.notices.withdrawn.subject", { reference: notice.reference });
  const text = [
    t("account.notices.withdrawn.body", { reference: notice.reference }),
    "",
    t("account.notices.withdrawn.reason", { reason: notice.reason }),
    "",
    `${publicBaseUrl()}/${locale}/admin/inquiries`,
  ].join("\n");
  const ids: string[] = [];
  for (const { email } of staff) {
    const mail = await tx.outboundMail.create({
      data: { kind: notice.kind, inquiryId: notice.inquiryId, toAddress: email, locale, subject, text, status: delivery === "queue" ? "QUEUED" : "OUTBOX", createdAt: notice.now },
      select: { id: true },
    });
    ids.push(mail.id);
  }
  return { ids, delivery };
}
