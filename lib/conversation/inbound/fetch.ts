import "server-only";
// The reply job's work: read the unread mail of IMAP_URL's mailbox with imapflow,
// parse each with mailparser, file it (file-mail.ts), and only then mark it read
// (\Seen) and, with IMAP_PROCESSED_MAILBOX, move it there. A crash between filing and
// marking leaves the mail unread; the next run fetches it again and the Message-ID
// claim makes that a no-op apart from marking it. The mail itself is never deleted:
// attachments and the full original stay in the mailbox for a person to look at.
// Logs counts only, never addresses, subjects or text.
import { createHash } from "node:crypto";
import { ImapFlow, type ImapFlowOptions, type MessageEnvelopeObject } from "imapflow";
import { simpleParser, type AddressObject, type ParsedMail } from "mailparser";
import type { PrismaClient } from "../../generated/prisma/client.ts";
import type { MailDelivery } from "../../mail/outbox.ts";
import { errorText, logger } from "../../log.ts";
import { fileInboundMail, type InboundMessage } from "./file-mail.ts";

const log = logger("jobs");

/** Mails one run takes at most; the rest wait for the next minute. */
export const BATCH_SIZE = 50;
/** A larger mail is not downloaded: it goes to the gateway's list with its envelope only. */
export const MAX_MAIL_BYTES = 10 * 1024 * 1024;

export type FetchReport = { fetched: number; filed: number; unmatched: number; duplicates: number; failed: number };

/** PostgreSQL text cannot hold NUL; a mail may carry one (in a header or a decoded body). */
const storable = (text: string) => text.replaceAll("\u0000", "");

/** ImapFlow's options and the mailbox from imaps://user:pass@host:993/INBOX (or imap://…:143). */
export function imapOptions(imapUrl: string): { options: ImapFlowOptions; mailbox: string } {
  const url = new URL(imapUrl);
  const secure = url.protocol === "imaps:";
  const mailbox = decodeURIComponent(url.pathname.replace(/^\/+/, "")) || "INBOX";
  return {
    mailbox,
    options: {
      host: url.hostname.replace(/^\[|\]$/g, ""),
      port: url.port ? Number(url.port) : secure ? 993 : 143,
      secure,
      auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) },
      // A job, not a mail client: no IDLE between commands, and no log lines (they would name mailboxes and senders).
      disableAutoIdle: true,
      logger: false,
      connectionTimeout: 30_000,
      greetingTimeout: 16_000,
      socketTimeout: 120_000,
    },
  };
}

const addresses = (field: AddressObject | AddressObject[] | undefined) =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) => a.value.flatMap((v) => [v.address, ...(v.group ?? []).map((g) => g.address)])).filter((a): a is string => Boolean(a));

function headerText(mail: ParsedMail, name: string): string {
  const value = mail.headers.get(name);
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (Array.isArray(value)) return value.map(String).join(",");
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object" && "value" in value) return String((value as { value: unknown }).value);
  return String(value);
}

/** True for out-of-office answers, bounces and list mail (RFC 3834, RFC 3464, Precedence). */
export function isAutomatic(mail: ParsedMail, fromAddress: string): boolean {
  const autoSubmitted = headerText(mail, "auto-submitted").trim().toLowerCase();
  if (autoSubmitted && autoSubmitted !== "no") return true;
  if (/^(bulk|junk|list|auto_reply)$/i.test(headerText(mail, "precedence").trim())) return true;
  if (mail.headers.has("x-autoreply") || mail.headers.has("x-autorespond")) return true;
  if (/multipart\/report/i.test(headerText(mail, "content-type"))) return true;
  return !fromAddress || /^(mailer-daemon|postmaster)@/i.test(fromAddress);
}

/** What the job needs of one raw mail. */
export async function readMessage(source: Buffer): Promise<InboundMessage> {
  const mail = await simpleParser(source, { skipImageLinks: true, skipTextToHtml: true, skipTextLinks: true });
  const from = mail.from?.value[0];
  const fromAddress = from?.address ?? "";
  const recipients = [
    ...addresses(mail.to),
    ...addresses(mail.cc),
    ...["delivered-to", "x-original-to", "envelope-to"].flatMap((h) => headerText(mail, h).split(",")),
  ]
    .map((a) => a.replace(/^.*</, "").replace(/>.*$/, "").trim())
    .filter(Boolean);
  return {
    messageId: storable(mail.messageId?.trim() || `sha256:${createHash("sha256").update(source).digest("hex")}`).slice(0, 500),
    fromAddress: storable(fromAddress),
    fromName: storable(from?.name ?? ""),
    subject: storable(mail.subject ?? ""),
    text: storable(mail.text ?? ""),
    sentAt: mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date : null,
    recipients: recipients.map(storable),
    automatic: isAutomatic(mail, fromAddress),
  };
}

/** A mail too large to download: only its envelope goes to the gateway's list. */
function envelopeOnly(envelope: MessageEnvelopeObject | undefined, uid: number, mailbox: string): InboundMessage {
  const from = envelope?.from?.[0];
  const date = envelope?.date ? new Date(envelope.date) : null;
  const sentAt = date && !Number.isNaN(date.getTime()) ? date : null;
  return {
    messageId: storable(envelope?.messageId?.trim() || `oversize:${mailbox}:${uid}:${sentAt?.toISOString() ?? ""}`).slice(0, 500),
    fromAddress: storable(from?.address ?? ""),
    fromName: storable(from?.name ?? ""),
    subject: storable(envelope?.subject ?? ""),
    text: "",
    sentAt,
    recipients: [],
    automatic: false,
  };
}

/** One run: fetch, file, mark. Throws when the mailbox or the database fails (the job retries next minute). */
export async function fetchReplies(
  prisma: PrismaClient,
  settings: { imapUrl: string; replyAddress: string; processedMailbox?: string; delivery: MailDelivery; now?: () => Date; batchSize?: number },
): Promise<FetchReport> {
  const { options, mailbox } = imapOptions(settings.imapUrl);
  const client = new ImapFlow(options);
  // A dropped connection is reported by the command that needed it; this keeps the event from going unhandled.
  client.on("error", () => undefined);
  const report: FetchReport = { fetched: 0, filed: 0, unmatched: 0, duplicates: 0, failed: 0 };
  await client.connect();
  try {
    if (settings.processedMailbox) {
      const exists = (await client.list()).some((box) => box.path === settings.processedMailbox);
      if (!exists) await client.mailboxCreate(settings.processedMailbox);
    }
    const lock = await client.getMailboxLock(mailbox);
    try {
      const unread = (await client.search({ seen: false }, { uid: true })) || [];
      let lastError: unknown;
      for (const uid of unread.sort((a, b) => a - b).slice(0, settings.batchSize ?? BATCH_SIZE)) {
        let outcome: Awaited<ReturnType<typeof fileInboundMail>>;
        try {
          const head = await client.fetchOne(String(uid), { uid: true, size: true, envelope: true }, { uid: true });
          if (!head) continue;
          let message: InboundMessage;
          if ((head.size ?? 0) > MAX_MAIL_BYTES) {
            message = envelopeOnly(head.envelope, uid, mailbox);
          } else {
            const full = await client.fetchOne(String(uid), { uid: true, source: true }, { uid: true });
            if (!full || !full.source) continue;
            message = await readMessage(full.source);
          }
          outcome = await fileInboundMail(prisma, message, { replyAddress: settings.replyAddress, delivery: settings.delivery, now: settings.now?.() });
        } catch (error) {
          // One mail that cannot be filed stays unread for the next run and does not hold up the others.
          if (!client.usable) throw error;
          lastError = error;
          report.failed++;
          log.error({ job: "replies", uid, error: errorText(error) }, "mail not filed, left unread");
          continue;
        }
        report.fetched++;
        if (outcome === "filed") report.filed++;
        else if (outcome === "unmatched") report.unmatched++;
        else report.duplicates++;
        await client.messageFlagsAdd(String(uid), ["\\Seen"], { uid: true });
        if (settings.processedMailbox) await client.messageMove(String(uid), settings.processedMailbox, { uid: true });
      }
      // Nothing filed and something failed (the database is down, say): the run counts as failed.
      if (report.failed > 0 && report.fetched === 0) throw lastError;
    } finally {
      lock.release();
    }
  } finally {
    await client.logout().catch(() => client.close());
  }
  return report;
}
