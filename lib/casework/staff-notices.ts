import "server-only";
// Telling an organisation's staff about something that happened to one of its cases
// (issues #16, #17), through the same preferences and per-recipient language as every
// other staff notification (lib/notifications/notify.ts notifyStaff): each active staff
// member gets a mail now, a line in the daily digest, or nothing, as they chose for
// the notice's kind, in the language of their mails. Written into the outbox inside the
// caller's transaction. No applicant data: the reference and what the staff wrote.
//
// A new kind of notice: add its fields to StaffNoticeFields, its words to NOTICES,
// the kind to lib/notifications/kinds.ts (NOTIFICATION_KINDS, DEFAULT_MODES) and its
// label under notifications.kinds in messages/notifications/*.json.
import { publicBaseUrl } from "../env.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Locale } from "../i18n/routing.ts";
import { translatorFor } from "../i18n/translator.ts";
import { defaultDelivery, type MailDelivery } from "../mail/outbox.ts";
import type { NotificationKind } from "../notifications/kinds.ts";
import type { StaffNotice as WordedNotice } from "../notifications/mails.ts";
import { notifyStaff } from "../notifications/notify.ts";

type Tx = Prisma.TransactionClient;

/** What each kind of notice carries besides the case; the key is its notification kind (the preference it follows). */
export type StaffNoticeFields = {
  /** The gateway withdrew a forward the organisation had not accepted yet. */
  withdrawn: { reason: string };
  /** A forward still pending after FORWARD_ACCEPT_BUSINESS_DAYS (lib/casework/forward-reminders.ts): the business days it waited. */
  reminder: { days: number };
};
export type StaffNoticeKind = keyof StaffNoticeFields & NotificationKind;

export type StaffNotice<K extends StaffNoticeKind = StaffNoticeKind> = {
  kind: K;
  /** Whose staff are told. */
  organisationId: string;
  inquiryId: string;
  reference: string;
  now: Date;
} & StaffNoticeFields[K];

type Notices = { [K in StaffNoticeKind]: { mailKind: string; words: (locale: Locale, notice: StaffNotice<K>) => WordedNotice } };

const NOTICES: Notices = {
  reminder: {
    mailKind: "FORWARD_REMINDER",
    // The organisation still sees the case: the link goes to it (the default).
    words: (locale, notice) => {
      const t = translatorFor(locale);
      return {
        reference: notice.reference,
        subject: t("account.notices.reminder.subject", { reference: notice.reference }),
        lines: [t("account.notices.reminder.body", { reference: notice.reference, days: notice.days }), "", t("account.notices.reminder.action")],
      };
    },
  },
  withdrawn: {
    mailKind: "FORWARD_WITHDRAWN",
    // The case is gone from the recipient's view: the link goes to their inbox.
    words: (locale, notice) => {
      const t = translatorFor(locale);
      const url = `${publicBaseUrl()}/${locale}/admin/inquiries`;
      return {
        reference: notice.reference,
        subject: t("account.notices.withdrawn.subject", { reference: notice.reference }),
        lines: [t("account.notices.withdrawn.body", { reference: notice.reference }), "", t("account.notices.withdrawn.reason", { reason: notice.reason })],
        link: { url, line: t("account.notices.withdrawn.inbox", { url }) },
      };
    },
  },
};

/** Queues the notice for the organisation's active staff as each chose; returns the mails' ids (for handOver after commit) and how they go out. */
export async function queueStaffNotice<K extends StaffNoticeKind>(
  tx: Tx,
  notice: StaffNotice<K>,
  options: { delivery?: MailDelivery } = {},
): Promise<{ ids: string[]; delivery: MailDelivery }> {
  const delivery = options.delivery ?? defaultDelivery();
  const { mailKind, words } = (NOTICES as { [P in K]: Notices[P] })[notice.kind];
  const ids = await notifyStaff(tx, [notice.organisationId], notice.kind, notice.inquiryId, (locale) => words(locale, notice), { now: notice.now, delivery, mailKind });
  return { ids, delivery };
}
