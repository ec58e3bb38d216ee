import "server-only";
// One e-mail from the reply mailbox onto its case, or into the gateway's list
// "unmatched mail". A mail belongs to a case by the token in the address it was sent
// to (reply-address.ts), or else by the reference in its subject together with a
// sender equal to that inquiry's contact address. Automatic answers (out of office,
// delivery reports), mails to a closed or anonymised case and mails with nothing new
// in them go to the list instead, with their reason.
//
// Idempotent: the Message-ID is claimed (InboundMail's unique key, ON CONFLICT DO
// NOTHING) in the same transaction that files the reply, so a mail fetched twice, by
// two runs or two instances, is filed once; the second claim waits for the first
// transaction and then finds the key taken. Logs nothing of the mail.
import { randomUUID } from "node:crypto";
import type { Prisma, PrismaClient, UnmatchedReason } from "../../generated/prisma/client.ts";
import { handOver, type MailDelivery } from "../../mail/outbox.ts";
import { MESSAGE_MAX_LENGTH } from "../messages.ts";
import { characters, recordReply } from "../reply.ts";
import { inquiryFromRecipients } from "./reply-address.ts";
import { extractReply } from "./reply-text.ts";

/** What the reply job read from one mail. */
export type InboundMessage = {
  messageId: string;
  fromAddress: string;
  fromName: string;
  subject: string;
  /** The plain text (mailparser derives one from HTML-only mail). */
  text: string;
  sentAt: Date | null;
  /** Every address the mail was delivered to: To, Cc, Delivered-To, X-Original-To. */
  recipients: string[];
  /** Auto-Submitted, Precedence: bulk/junk/auto_reply, a delivery report, or a MAILER-DAEMON sender. */
  automatic: boolean;
};

export type FiledOutcome = "filed" | "unmatched" | "duplicate";

/** Longest text kept for the gateway's list; the mail itself stays in the mailbox. */
export const UNMATCHED_TEXT_MAX = 100_000;
const REFERENCE_IN_SUBJECT = /\bNT-\d{4}-\d{5,}\b/g;

/** A reply cut to what a message may hold, with a mark where it was cut. */
export function boundedReply(text: string): string {
  if (characters(text) <= MESSAGE_MAX_LENGTH) return text;
  return `${[...text].slice(0, MESSAGE_MAX_LENGTH - 2).join("")} …`;
}

/** The inquiry a mail belongs to: by its reply token, else by reference and sender. */
export async function matchInquiry(prisma: PrismaClient | Prisma.TransactionClient, mail: InboundMessage, replyAddress: string): Promise<string | undefined> {
  const byToken = inquiryFromRecipients(mail.recipients, replyAddress);
  if (byToken) return byToken;
  const sender = mail.fromAddress.trim().toLowerCase();
  const references = [...new Set(mail.subject.match(REFERENCE_IN_SUBJECT) ?? [])].slice(0, 5);
  if (!sender || references.length === 0) return undefined;
  const candidates = await prisma.inquiry.findMany({ where: { reference: { in: references } }, select: { id: true, contactEmail: true } });
  return candidates.find((c) => c.contactEmail.trim().toLowerCase() === sender)?.id;
}

const personal = (mail: InboundMessage) => ({
  fromAddress: mail.fromAddress.slice(0, 320),
  fromName: mail.fromName.slice(0, 200),
  subject: mail.subject.slice(0, 1_000),
  text: mail.text.slice(0, UNMATCHED_TEXT_MAX),
});

/** Files one mail; "duplicate" when its Message-ID was handled before. */
export async function fileInboundMail(
  prisma: PrismaClient,
  mail: InboundMessage,
  options: { replyAddress: string; now?: Date; delivery: MailDelivery },
): Promise<FiledOutcome> {
  const now = options.now ?? new Date();
  const inquiryId = await matchInquiry(prisma, mail, options.replyAddress);
  const body = boundedReply(extractReply(mail.text));
  const reason: UnmatchedReason | undefined = !inquiryId ? "NO_MATCH" : mail.automatic ? "AUTOMATIC" : !body ? "EMPTY" : undefined;

  const result = await prisma.$transaction(async (tx) => {
    const id = randomUUID();
    const claimed = await tx.inboundMail.createMany({
      data: [{ id, messageId: mail.messageId, status: "UNMATCHED", inquiryId: inquiryId ?? null, sentAt: mail.sentAt, receivedAt: now }],
      skipDuplicates: true,
    });
    if (claimed.count === 0) return "duplicate" as const;
    if (!reason && inquiryId) {
      const filed = await recordReply(tx, inquiryId, body, { channel: "EMAIL", now, delivery: options.delivery });
      if (typeof filed !== "string") {
        await tx.inboundMail.update({ where: { id }, data: { status: "FILED" } });
        return { outcome: "filed" as const, mailIds: filed.mailIds };
      }
    }
    await tx.inboundMail.update({ where: { id }, data: { reason: reason ?? "CLOSED", ...personal(mail) } });
    return { outcome: "unmatched" as const, mailIds: [] };
  });
  if (result === "duplicate") return result;
  handOver(options.delivery, result.mailIds);
  return result.outcome;
}
