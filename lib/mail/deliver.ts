import "server-only";
// Delivery of one outbox row. A worker claims the row before talking to the
// SMTP server, so two jobs for the same mail cannot both send it; a claim
// lapses after CLAIM_SECONDS so a crashed worker does not strand the mail.
import nodemailer from "nodemailer";
import type { Transporter } from "nodemailer";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { env } from "../env.ts";
import { logger } from "../log.ts";

const log = logger("mail");

const CLAIM_SECONDS = 120;

export type DeliveryOutcome = "sent" | "already-done" | "claimed-elsewhere" | "missing";

export function createSmtpTransport(smtpUrl: string): Transporter {
  return nodemailer.createTransport(smtpUrl, {
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  } as never);
}

/** Technical cause only: SMTP replies can quote addresses, so no message text is kept. */
export function describeMailError(error: unknown): string {
  if (typeof error !== "object" || error === null) return "unknown error";
  const e = error as { code?: unknown; responseCode?: unknown; name?: unknown; command?: unknown };
  const parts = [typeof e.code === "string" ? e.code : typeof e.name === "string" ? e.name : "Error"];
  if (typeof e.command === "string") parts.push(e.command.split(" ")[0]!);
  if (typeof e.responseCode === "number") parts.push(String(e.responseCode));
  return parts.join(" ").slice(0, 100);
}

/** The stored attachments (OutboundMail.attachments) as nodemailer takes them; anything malformed is left out. */
function attachmentsOf(stored: unknown[]): { filename: string; contentType: string; content: string }[] {
  return stored.flatMap((a) => {
    const { filename, contentType, content } = (a ?? {}) as Record<string, unknown>;
    return typeof filename === "string" && typeof contentType === "string" && typeof content === "string" ? [{ filename, contentType, content }] : [];
  });
}

export async function deliverMail(
  prisma: PrismaClient,
  mailId: string,
  options: { transport: Transporter; from?: string; finalAttempt?: boolean; now?: () => Date },
): Promise<DeliveryOutcome> {
  const now = options.now ?? (() => new Date());
  const started = now();
  const claimed = await prisma.outboundMail.updateMany({
    where: {
      id: mailId,
      OR: [{ status: "QUEUED" }, { status: "SENDING", lockedUntil: { lt: started } }],
    },
    data: { status: "SENDING", attempts: { increment: 1 }, lockedUntil: new Date(started.getTime() + CLAIM_SECONDS * 1000) },
  });
  if (claimed.count === 0) {
    const mail = await prisma.outboundMail.findUnique({ where: { id: mailId }, select: { status: true } });
    if (!mail) return "missing";
    return mail.status === "SENDING" ? "claimed-elsewhere" : "already-done";
  }

  const mail = await prisma.outboundMail.findUniqueOrThrow({ where: { id: mailId } });
  try {
    const info = await options.transport.sendMail({
      from: options.from ?? env.MAIL_FROM,
      to: mail.toAddress,
      ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
      subject: mail.subject,
      text: mail.text,
      ...(Array.isArray(mail.attachments) && mail.attachments.length ? { attachments: attachmentsOf(mail.attachments) } : {}),
      // The language the mail is written in (de, ja or en), for mail programs and screen readers.
      headers: { "X-Portal-Mail-Id": mail.id, "Content-Language": mail.locale },
    });
    await prisma.outboundMail.update({
      where: { id: mailId },
      data: { status: "SENT", sentAt: now(), lockedUntil: null, lastError: null, messageId: typeof info.messageId === "string" ? info.messageId.slice(0, 300) : null },
    });
    return "sent";
  } catch (error) {
    const cause = describeMailError(error);
    await prisma.outboundMail.update({
      where: { id: mailId },
      data: { status: options.finalAttempt ? "FAILED" : "QUEUED", lockedUntil: null, lastError: cause },
    });
    // The mail's id and kind find it in the outbox; never its recipient, subject or text.
    log.warn({ mailId: mail.id, kind: mail.kind, attempt: mail.attempts, error: cause }, options.finalAttempt ? "mail not delivered; given up (FAILED)" : "mail not delivered; will retry");
    throw error;
  }
}
