import "server-only";
// Submitting an inquiry: the abuse checks, then ONE transaction that numbers the
// inquiry, stores it as entered, routes it to NRW.Global Business and writes
// the two mails into the outbox. Mails are handed to the queue after commit; a
// mail whose hand-over is lost is picked up by the worker's sweep.
import { randomInt } from "node:crypto";
import { db } from "../db/client.ts";
import { GATEWAY_SLUG } from "../domain/catalog.ts";
import { env } from "../env.ts";
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import type { Locale } from "../i18n/routing.ts";
import { enqueueMails } from "../mail/queue.ts";
import { renderConfirmationMail, renderGatewayNotificationMail } from "../mail/templates.ts";
import { consumeRateLimit } from "../security/rate-limit.ts";
import { markDraftSubmitted } from "./drafts.ts";
import { municipalityNames, organisationNames } from "./municipality-names.ts";
import { allocateReference, formatReference } from "./reference.ts";
import { parseInquiry, PRIVACY_NOTICE_VERSION, type FieldErrors, type InquiryAnswers } from "./schema.ts";

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
  /** The draft to mark as submitted in the same transaction. */
  draftId?: string;
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

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}

export async function submitInquiry(input: SubmitInquiryInput, options: SubmitInquiryOptions = {}): Promise<SubmitInquiryResult> {
  const prisma = options.prisma ?? db();
  const now = input.now ?? new Date();

  // The server is authoritative: whatever the caller validated is checked again.
  const parsed = parseInquiry(input.answers);
  if (!parsed.ok) return { ok: false, reason: "invalid", errors: parsed.errors };
  const answers = parsed.data;
  if (!IDEMPOTENCY_KEY.test(input.idempotencyKey)) throw new Error("submitInquiry: malformed idempotency key");

  if (input.honeypot && input.honeypot.trim() !== "") {
    // Pretend success so that the bot learns nothing; the number is never stored.
    const reference = formatReference(now.getUTCFullYear(), randomInt(1, 100_000));
    if (input.draftId) await markDraftSubmitted(prisma, input.draftId, { reference });
    return { ok: true, reference, inquiryId: null, duplicate: false, mailIds: [] };
  }

  const existing = await prisma.inquiry.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: { id: true, reference: true } });
  if (existing) return { ok: true, reference: existing.reference, inquiryId: existing.id, duplicate: true, mailIds: [] };

  const minFill = options.minFillSeconds ?? env.INQUIRY_MIN_FILL_SECONDS;
  if (now.getTime() - input.startedAt.getTime() < minFill * 1000) return { ok: false, reason: "too-fast" };

  const limit = await consumeRateLimit("inquiry-submit", input.clientIp, options.rateLimitPerHour ?? env.INQUIRY_RATE_LIMIT_PER_HOUR);
  if (!limit.allowed) return { ok: false, reason: "rate-limited", retryAfterSeconds: limit.retryAfterSeconds };

  const delivery = options.mailDelivery ?? (env.SMTP_URL ? "queue" : "outbox");
  let created: { id: string; reference: string; mailIds: string[] };
  try {
    const context = await loadContext(prisma, answers);
    created = await prisma.$transaction((tx) => storeInquiry(tx, { ...input, answers, now, delivery, context }), TRANSACTION_LIMITS);
  } catch (error) {
    // A concurrent submission with the same key (a double click) won the race.
    if (isUniqueViolation(error)) {
      const winner = await prisma.inquiry.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: { id: true, reference: true } });
      if (winner) return { ok: true, reference: winner.reference, inquiryId: winner.id, duplicate: true, mailIds: [] };
    }
    throw error;
  }

  if (delivery === "queue") {
    // After commit. If this fails the mails stay QUEUED and the worker's sweep sends them.
    void enqueueMails(created.mailIds).catch((error: unknown) =>
      console.error("[inquiry] could not hand mails to the queue; the sweep will:", error instanceof Error ? error.message : error),
    );
  }
  return { ok: true, reference: created.reference, inquiryId: created.id, duplicate: false, mailIds: created.mailIds };
}

/**
 * Under load, submissions queue for the reference counter's row lock: wait for a
 * connection and for the lock longer than Prisma's defaults (2 s / 5 s) before
 * answering "try again".
 */
const TRANSACTION_LIMITS = { maxWait: 10_000, timeout: 20_000 };

type SubmitContext = {
  gateway: { id: string; email: string | null };
  preferred: { id: string; slug: string }[];
  municipalityNames: Record<string, string>;
  preferredNamesDe: string[];
};

/**
 * Everything the transaction reads but does not change, read before it starts: the
 * transaction holds the reference counter's lock, so it should only write.
 */
async function loadContext(prisma: PrismaClient, answers: InquiryAnswers): Promise<SubmitContext> {
  const [gateway, preferred, names, preferredNamesDe] = await Promise.all([
    prisma.organisation.findUnique({ where: { slug: GATEWAY_SLUG }, select: { id: true, email: true } }),
    prisma.organisation.findMany({ where: { slug: { in: answers.preferredMunicipalities }, kind: "MUNICIPALITY" }, select: { id: true, slug: true } }),
    municipalityNames(prisma, answers.replyLocale),
    organisationNames(prisma, answers.preferredMunicipalities, "de"),
  ]);
  if (!gateway) throw new Error(`submitInquiry: the gateway organisation "${GATEWAY_SLUG}" is missing; run the seed`);
  return { gateway, preferred, municipalityNames: names, preferredNamesDe };
}

async function storeInquiry(
  tx: Prisma.TransactionClient,
  input: SubmitInquiryInput & { answers: InquiryAnswers; now: Date; delivery: "queue" | "outbox"; context: SubmitContext },
): Promise<{ id: string; reference: string; mailIds: string[] }> {
  const { answers, now } = input;
  const { gateway, preferred } = input.context;

  const ref = await allocateReference(tx, now);
  // Every answer as entered; preferences become rows of their own, consent becomes privacyNoticeVersion + consentedAt.
  const inquiry = await tx.inquiry.create({
    data: {
      ...ref,
      direction: answers.direction,
      companyName: answers.companyName,
      hqCity: answers.hqCity,
      hqCountry: answers.hqCountry,
      sizeBand: answers.sizeBand,
      isStartup: answers.isStartup,
      sectors: answers.sectors,
      supportNeeds: answers.supportNeeds,
      timeline: answers.timeline,
      description: answers.description,
      contactName: answers.contactName,
      contactEmail: answers.contactEmail,
      contactPhone: answers.contactPhone,
      replyLocale: answers.replyLocale,
      companyNameLatin: answers.companyNameLatin ?? null,
      website: answers.website ?? null,
      foundedYear: answers.foundedYear ?? null,
      plannedInvestment: answers.plannedInvestment ?? null,
      plannedJobs: answers.plannedJobs ?? null,
      contactRole: answers.contactRole ?? null,
      status: "NEW",
      locale: input.locale,
      privacyNoticeVersion: PRIVACY_NOTICE_VERSION,
      consentedAt: now,
      idempotencyKey: input.idempotencyKey,
      submittedAt: now,
      // Preferences are input for triage, not a routing: no assignment for them.
      preferences: { create: preferred.map((o) => ({ organisationId: o.id })) },
      assignments: { create: { organisationId: gateway.id, state: "PENDING", assignedAt: now } },
    },
    select: { id: true, reference: true },
  });
  await tx.inquiryEvent.createMany({
    data: [
      { inquiryId: inquiry.id, type: "SUBMITTED", createdAt: now, data: { locale: input.locale } },
      { inquiryId: inquiry.id, type: "ROUTED_TO_GATEWAY", createdAt: now, targetOrganisationId: gateway.id },
    ],
  });

  const mailStatus = input.delivery === "queue" ? "QUEUED" : "OUTBOX";
  const confirmation = renderConfirmationMail({
    answers,
    reference: inquiry.reference,
    replyBusinessDays: env.REPLY_BUSINESS_DAYS,
    municipalityNames: input.context.municipalityNames,
  });
  const mails: Prisma.OutboundMailCreateManyInput[] = [
    {
      inquiryId: inquiry.id,
      kind: MAIL_KINDS.confirmation,
      toAddress: answers.contactEmail,
      locale: answers.replyLocale,
      ...confirmation,
      status: mailStatus,
      createdAt: now,
    },
  ];
  const gatewayAddress = env.GATEWAY_NOTIFY_EMAIL ?? gateway.email;
  if (gatewayAddress) {
    const notification = renderGatewayNotificationMail({
      answers,
      reference: inquiry.reference,
      preferredNames: input.context.preferredNamesDe,
    });
    mails.push({ inquiryId: inquiry.id, kind: MAIL_KINDS.gateway, toAddress: gatewayAddress, locale: "de", ...notification, status: mailStatus, createdAt: now });
  } else {
    console.warn(`[inquiry] no address for the gateway notification of ${inquiry.reference}: set GATEWAY_NOTIFY_EMAIL`);
  }
  const stored = await tx.outboundMail.createManyAndReturn({ data: mails, select: { id: true } });

  if (input.draftId) await markDraftSubmitted(tx, input.draftId, { reference: inquiry.reference, inquiryId: inquiry.id });
  return { id: inquiry.id, reference: inquiry.reference, mailIds: stored.map((m) => m.id) };
}
