import "server-only";
// The outbox table: writing a mail in the caller's transaction, handing it to the
// queue after commit, and reading what the portal sent or would have sent.
import { db } from "../db/client.ts";
import { env } from "../env.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { enqueueMails, type RenderedMail } from "./queue.ts";
import { errorText, logger } from "../log.ts";

const log = logger("mail");

export type MailDelivery = "queue" | "outbox";

/** "queue" when an SMTP server is configured, else mails stay in the table for staff to read. */
export function defaultDelivery(): MailDelivery {
  return env.SMTP_URL ? "queue" : "outbox";
}

/** A file sent with the mail; text content only (an .ics). */
export type MailAttachment = { filename: string; contentType: string; content: string };

export type OutboxMail = RenderedMail & { kind: string; toAddress: string; locale: string; inquiryId?: string | null; replyTo?: string | null; attachments?: MailAttachment[] | null };

/** Writes one mail inside the caller's transaction; returns its id for `handOver` after commit. */
export async function writeOutboxMail(tx: Prisma.TransactionClient, mail: OutboxMail, delivery: MailDelivery, now = new Date()): Promise<string> {
  const stored = await tx.outboundMail.create({
    data: { ...mail, attachments: mail.attachments ?? undefined, status: delivery === "queue" ? "QUEUED" : "OUTBOX", createdAt: now },
    select: { id: true },
  });
  return stored.id;
}

/** After commit: hands mails to the queue. If this fails they stay QUEUED and the worker's sweep sends them. */
export function handOver(delivery: MailDelivery, mailIds: readonly string[]): void {
  if (delivery !== "queue" || mailIds.length === 0) return;
  void enqueueMails(mailIds).catch((error: unknown) =>
    log.error({ error: errorText(error) }, "could not hand mails to the queue; the sweep will"),
  );
}

/** The newest mails first, at most `limit`. */
export function recentMails(limit = 100) {
  return db().outboundMail.findMany({ orderBy: { createdAt: "desc" }, take: limit });
}
