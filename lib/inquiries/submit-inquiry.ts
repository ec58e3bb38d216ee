import "server-only";
// Submitting an inquiry: the abuse checks, a reference number, then ONE SQL
// statement (one transaction, one round trip) that stores the inquiry as
// entered, routes it to NRW.Global Business, writes the timeline and the two
// mails into the outbox and marks the draft submitted. Mails are handed to the
// queue after commit; a mail whose hand-over is lost is picked up by the
// worker's sweep. Why the number is taken first: docs/decisions/0008-inquiry-references.md.
import { randomInt, randomUUID } from "node:crypto";
import { db, sql } from "../db/client.ts";
import { env } from "../env.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import type { Locale } from "../i18n/routing.ts";
import { enqueueMails } from "../mail/queue.ts";
import { applicantReplyTo } from "../conversation/inbound/reply-address.ts";
import { renderConfirmationMail, renderGatewayNotificationMail } from "./mails.ts";
import { consumeRateLimit } from "../security/rate-limit.ts";
import { markDraftSubmitted } from "./drafts.ts";
import { normalisePhone } from "./phone.ts";
import { formatReference, takeReference } from "./reference.ts";
import { parseInquiry, PRIVACY_NOTICE_VERSION, type FieldErrors, type InquiryAnswers } from "./schema.ts";
import { storeInquiryStatement, type NewMail } from "./submission-statements.ts";
import { municipalityNamesIn, organisationDirectory, organisationNamesIn, type OrganisationDirectory } from "./submit-context.ts";
import { errorText, logger } from "../log.ts";

const log = logger("inquiry");

export type SubmitInquiryInput = {
  answers: InquiryAnswers;
  /** Language the form was filled in. */
  locale: Locale;
  /** Carried by the final step; a second submission with the same key returns the first result. */
  idempotencyKey: string;
  /** Rate-limit bucket of the client (see lib/security/client-ip.ts). */
  clientIp: string;
  /** When the applicant started the journey (the draft's startedAt). */
  startedAt: Date;
  /** The hidden field people never see; bots fill it. */
  honeypot?: string | null;
  /** The draft to mark as submitted in the same statement as the inquiry. */
  draftId?: string;
  /**
   * The caller has just read the draft that carries `idempotencyKey` and found it
   * not submitted. The draft is marked in the same statement that stores the
   * inquiry, so no inquiry holds the key yet and the look-up by key is skipped;
   * a concurrent double click still meets the insert's conflict check.
   */
  draftUnsubmitted?: boolean;
  now?: Date;
};

export type SubmitInquiryOptions = {
  prisma?: PrismaClient;
  minFillSeconds?: number;
  rateLimitPerHour?: number;
  /** "queue": hand mails to the SMTP worker; "outbox": keep them in the table only. Default: queue when SMTP_URL is set. */
  mailDelivery?: "queue" | "outbox";
};

export type SubmitInquiryResult =
  | { ok: true; reference: string; inquiryId: string; duplicate: boolean; mailIds: string[] }
  /** The honeypot was filled: the client sees a confirmation, nothing is stored. */
  | { ok: true; reference: string; inquiryId: null; duplicate: false; mailIds: [] }
  | { ok: false; reason: "invalid"; errors: FieldErrors }
  | { ok: false; reason: "rate-limited"; retryAfterSeconds: number }
  | { ok: false; reason: "too-fast" };

export const MAIL_KINDS = { confirmation: "INQUIRY_CONFIRMATION", gateway: "GATEWAY_NOTIFICATION" } as const;

const IDEMPOTENCY_KEY = /^[A-Za-z0-9-]{16,100}$/;

export async function submitInquiry(input: SubmitInquiryInput, options: SubmitInquiryOptions = {}): Promise<SubmitInquiryResult> {
  const prisma = options.prisma ?? db();
  const now = input.now ?? new Date();

  // The server is authoritative: whatever the caller validated is checked again.
  const parsed = parseInquiry(input.answers, { phone: normalisePhone });
  if (!parsed.ok) return { ok: false, reason: "invalid", errors: parsed.errors };
  const answers = parsed.data;
  if (!IDEMPOTENCY_KEY.test(input.idempotencyKey)) throw new Error("submitInquiry: malformed idempotency key");

  if (input.honeypot && input.honeypot.trim() !== "") {
    // Pretend success so that the bot learns nothing; the number is never stored.
    const reference = formatReference(now.getUTCFullYear(), randomInt(1, 100_000));
    if (input.draftId) await markDraftSubmitted(prisma, input.draftId, { reference });
    return { ok: true, reference, inquiryId: null, duplicate: false, mailIds: [] };
  }

  if (!(input.draftUnsubmitted && input.draftId)) {
    const existing = await findByIdempotencyKey(prisma, input.idempotencyKey);
    if (existing) return { ok: true, ...existing, duplicate: true, mailIds: [] };
  }

  const minFill = options.minFillSeconds ?? env.INQUIRY_MIN_FILL_SECONDS;
  if (now.getTime() - input.startedAt.getTime() < minFill * 1000) return { ok: false, reason: "too-fast" };

  const limit = await consumeRateLimit("inquiry-submit", input.clientIp, options.rateLimitPerHour ?? env.INQUIRY_RATE_LIMIT_PER_HOUR);
  if (!limit.allowed) return { ok: false, reason: "rate-limited", retryAfterSeconds: limit.retryAfterSeconds };

  const delivery = options.mailDelivery ?? (env.SMTP_URL ? "queue" : "outbox");
  const directory = await organisationDirectory(prisma);
  // A statement of its own, committed at once: see takeReference.
  const ref = await takeReference(prisma, now);
  const created = await storeInquiry(prisma, { ...input, answers, now, delivery, directory, ref });
  if (!created) {
    // A concurrent submission with the same key (a double click) was stored first; this one's number stays unused.
    const winner = await findByIdempotencyKey(prisma, input.idempotencyKey);
    if (!winner) throw new Error("submitInquiry: the idempotency key conflicted, but no inquiry holds it");
    return { ok: true, ...winner, duplicate: true, mailIds: [] };
  }

  if (delivery === "queue") {
    // After commit. If this fails the mails stay QUEUED and the worker's sweep sends them.
    void enqueueMails(created.mailIds).catch((error: unknown) =>
      log.error({ error: errorText(error) }, "could not hand mails to the queue; the sweep will"),
    );
  }
  return { ok: true, reference: ref.reference, inquiryId: created.id, duplicate: false, mailIds: created.mailIds };
}

async function findByIdempotencyKey(prisma: PrismaClient, idempotencyKey: string): Promise<{ reference: string; inquiryId: string } | undefined> {
  const found = await prisma.inquiry.findUnique({ where: { idempotencyKey }, select: { id: true, reference: true } });
  return found ? { reference: found.reference, inquiryId: found.id } : undefined;
}

type StoreInput = SubmitInquiryInput & {
  answers: InquiryAnswers;
  now: Date;
  delivery: "queue" | "outbox";
  directory: OrganisationDirectory;
  ref: { reference: string; referenceYear: number; referenceSeq: number };
};


function outboxMails(input: StoreInput, inquiryId: string): NewMail[] {
  const { answers, ref, directory } = input;
  const confirmation = renderConfirmationMail({
    answers,
    reference: ref.reference,
    replyBusinessDays: env.REPLY_BUSINESS_DAYS,
    municipalityNames: municipalityNamesIn(directory, answers.replyLocale),
  });
  // With a reply mailbox (IMAP_URL) an answer to the confirmation is filed on the case like any reply.
  const mails: NewMail[] = [{ kind: MAIL_KINDS.confirmation, toAddress: answers.contactEmail, locale: answers.replyLocale, replyTo: applicantReplyTo(inquiryId, null), ...confirmation }];
  const gatewayAddress = env.GATEWAY_NOTIFY_EMAIL ?? directory.gateway.email;
  if (gatewayAddress) {
    const notification = renderGatewayNotificationMail({ answers, reference: ref.reference, preferredNames: organisationNamesIn(directory, answers.preferredMunicipalities, "de") });
    mails.push({ kind: MAIL_KINDS.gateway, toAddress: gatewayAddress, locale: "de", replyTo: null, ...notification });
  } else {
    log.warn({ reference: ref.reference }, "no address for the gateway notification: set GATEWAY_NOTIFY_EMAIL");
  }
  return mails;
}

/**
 * Stores the inquiry with everything that belongs to it in one statement
 * (submission-statements.ts says what it writes). Returns undefined when an
 * inquiry with the same idempotency key exists: then nothing is written.
 */
async function storeInquiry(prisma: PrismaClient, input: StoreInput): Promise<{ id: string; mailIds: string[] } | undefined> {
  const { answers, now, ref, directory } = input;
  const gatewayId = directory.gateway.id;
  const preferredIds = answers.preferredMunicipalities.flatMap((slug) => {
    const o = directory.organisations.get(slug);
    return o?.kind === "MUNICIPALITY" ? [o.id] : [];
  });
  // The id is made here, not by the database, so that the confirmation's Reply-To can name it.
  const inquiryId = randomUUID();
  const mails = outboxMails(input, inquiryId);
  const statement = storeInquiryStatement({
    inquiryId,
    ref,
    answers,
    locale: input.locale,
    privacyNoticeVersion: PRIVACY_NOTICE_VERSION,
    idempotencyKey: input.idempotencyKey,
    at: now.toISOString(),
    gatewayId,
    preferredIds,
    mails,
    mailStatus: input.delivery === "queue" ? "QUEUED" : "OUTBOX",
    draftId: input.draftId ?? null,
  });
  // Plain SQL, prepared once per connection: the statement's text never varies, only its values.
  const rows = await sql<{ id: string; mailIds: string[] }>(prisma, statement, statement.values);
  return rows[0];
}
