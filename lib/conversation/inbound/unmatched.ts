import "server-only";
// The gateway's list "unmatched mail": mails the reply job could not file by itself.
// The gateway files one on a case by its reference (as the applicant's reply, with
// the gateway member named on the timeline event) or discards it. Both are recorded:
// on the mail's row (who, when, what) and, when filed, as the case's REPLY_RECEIVED
// event. Either way the sender, subject and text are blanked at once; retention
// deletes the rows INBOUND_MAIL_RETENTION_DAYS after arrival, unhandled ones included.
import { can } from "../../auth/permissions.ts";
import type { Staff } from "../../auth/session.ts";
import { db } from "../../db/client.ts";
import { ExpectedError } from "../../expected-error.ts";
import { defaultDelivery, handOver, type MailDelivery } from "../../mail/outbox.ts";
import { recordReply } from "../reply.ts";
import { boundedReply } from "./file-mail.ts";
import { extractReply } from "./reply-text.ts";

export type UnmatchedError = "notAllowed" | "handled" | "notFound" | "closed" | "empty";

const BLANK = { fromAddress: "", fromName: "", subject: "", text: "" };

/** Mails waiting in the list, oldest first (the longest waiting first). */
export function unmatchedMails(limit = 200) {
  return db().inboundMail.findMany({
    where: { status: "UNMATCHED" },
    orderBy: [{ receivedAt: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true, reason: true, fromAddress: true, fromName: true, subject: true, text: true, sentAt: true, receivedAt: true, inquiry: { select: { reference: true } } },
  });
}

/** What the gateway did with listed mails recently, newest first: who, when, and which case. */
export function recentlyHandled(limit = 20) {
  return db().inboundMail.findMany({
    where: { status: { in: ["ASSIGNED", "DISCARDED"] } },
    orderBy: [{ resolvedAt: "desc" }, { id: "asc" }],
    take: limit,
    select: { id: true, status: true, resolvedAt: true, resolvedByLabel: true, receivedAt: true, inquiry: { select: { reference: true } } },
  });
}

export const unmatchedCount = () => db().inboundMail.count({ where: { status: "UNMATCHED" } });

/** Files a listed mail on the case `reference` as the applicant's reply. */
export async function assignUnmatchedMail(
  staff: Staff,
  input: { mailId: string; reference: string },
  options: { now?: Date; delivery?: MailDelivery } = {},
): Promise<{ ok: true; reference: string } | { ok: false; error: UnmatchedError }> {
  if (!can(staff, "inboundMail.manage") || !can(staff, "inquiry.readAll")) return { ok: false, error: "notAllowed" };
  const now = options.now ?? new Date();
  const delivery = options.delivery ?? defaultDelivery();
  try {
    const mailIds = await db().$transaction(async (tx) => {
      // Row lock: two gateway members handling the same mail at once cannot both win.
      const [mail] = await tx.$queryRaw<{ id: string; text: string }[]>`
        SELECT "id", "text" FROM "InboundMail" WHERE "id" = ${input.mailId}::uuid AND "status" = 'UNMATCHED' FOR UPDATE`;
      if (!mail) throw new ExpectedError("handled");
      const inquiry = await tx.inquiry.findUnique({ where: { reference: input.reference }, select: { id: true } });
      if (!inquiry) throw new ExpectedError("notFound");
      // What the applicant wrote without the quotes; a mail that only quotes is filed whole.
      const body = boundedReply(extractReply(mail.text) || mail.text.trim());
      if (!body) throw new ExpectedError("empty");
      const filed = await recordReply(tx, inquiry.id, body, {
        channel: "EMAIL",
        now,
        delivery,
        filedBy: { organisationId: staff.organisationId, label: staff.name },
      });
      if (typeof filed === "string") throw new ExpectedError("closed");
      await tx.inboundMail.update({
        where: { id: mail.id },
        data: { status: "ASSIGNED", inquiryId: inquiry.id, ...BLANK, resolvedAt: now, resolvedById: staff.userId, resolvedByLabel: staff.name },
      });
      return filed.mailIds;
    });
    handOver(delivery, mailIds);
    return { ok: true, reference: input.reference };
  } catch (error) {
    if (error instanceof ExpectedError) return { ok: false, error: error.code as UnmatchedError };
    throw error;
  }
}

/** Discards a listed mail: its content goes at once, the row says who discarded it when. */
export async function discardUnmatchedMail(staff: Staff, input: { mailId: string }, now = new Date()): Promise<{ ok: true } | { ok: false; error: UnmatchedError }> {
  if (!can(staff, "inboundMail.manage")) return { ok: false, error: "notAllowed" };
  const { count } = await db().inboundMail.updateMany({
    where: { id: input.mailId, status: "UNMATCHED" },
    data: { status: "DISCARDED", ...BLANK, resolvedAt: now, resolvedById: staff.userId, resolvedByLabel: staff.name },
  });
  return count === 1 ? { ok: true } : { ok: false, error: "handled" };
}
