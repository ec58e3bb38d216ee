// The one anonymisation routine. It replaces every personal field of an inquiry
// with a neutral value and keeps what the programme's statistics need: reference,
// direction, sectors, support needs, size, country, preferred and forwarded
// organisations, status, outcome, every timestamp, and the timeline's event
// types and actors. Used by the retention job and by erasure on request.
//
// Not server-only: scripts/db.ts runs it outside Next.js.
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import { OPEN_ASSIGNMENT_STATES } from "../domain/workflow.ts";
import { blankTranslationsTx } from "../translation/store.ts";
import type { AnonymisationGround } from "./grounds.ts";


/** Outcome of an inquiry that was still open when the applicant had it erased. */
export const ERASED_OUTCOME = "erased-on-request";

/**
 * Keys of event payloads that may hold free text (a partner's return reason can
 * name people). Everything else in a payload is a code, an id or a flag.
 */
export const FREE_TEXT_EVENT_KEYS = ["reason"] as const;

/** Who anonymises: a staff member (erasure on request) or nobody (the retention job). */
export type AnonymisationActor = { organisationId: string | null; label: string } | null;

export type AnonymiseOptions = {
  ground: AnonymisationGround;
  actor: AnonymisationActor;
  now?: Date;
  /** Close an open inquiry first (erasure on request); the job only sees closed ones. */
  closeIfOpen?: boolean;
};

type Tx = Prisma.TransactionClient;

/** The neutral values of every personal field of an inquiry. */
export const ANONYMISED_INQUIRY = {
  companyName: "",
  companyNameLatin: null,
  website: null,
  hqCity: "",
  foundedYear: null,
  description: "",
  contactName: "",
  contactNameLatin: null,
  contactRole: null,
  contactEmail: "",
  contactPhone: "",
  idempotencyKey: null,
  outcomeSummary: null,
} satisfies Prisma.InquiryUpdateInput;

/**
 * Anonymises one inquiry inside the caller's transaction. Returns false when it
 * was already anonymised (idempotent) or does not exist.
 */
export async function anonymiseInquiryTx(tx: Tx, inquiryId: string, options: AnonymiseOptions): Promise<boolean> {
  const now = options.now ?? new Date();
  // Lock the row so that a concurrent erasure and retention run anonymise it once.
  const [row] = await tx.$queryRaw<{ status: string; anonymisedAt: Date | null }[]>`
    SELECT "status", "anonymisedAt" FROM "Inquiry" WHERE "id" = ${inquiryId}::uuid FOR UPDATE`;
  if (!row || row.anonymisedAt) return false;

  const actor = { actorOrganisationId: options.actor?.organisationId ?? null, actorLabel: options.actor?.label ?? null };
  const closing = options.closeIfOpen && row.status !== "CLOSED";
  if (closing) {
    await tx.assignment.updateMany({ where: { inquiryId, state: { in: [...OPEN_ASSIGNMENT_STATES] } }, data: { state: "CLOSED", closedAt: now } });
    await tx.inquiryEvent.create({ data: { inquiryId, type: "CLOSED", ...actor, data: { outcome: ERASED_OUTCOME }, createdAt: now } });
  }

  await tx.inquiry.update({
    where: { id: inquiryId },
    data: {
      ...ANONYMISED_INQUIRY,
      anonymisedAt: now,
      unreadReplyAt: null,
      version: { increment: 1 },
      ...(closing ? { status: "CLOSED", closedAt: now, outcome: ERASED_OUTCOME } : {}),
    },
  });
  // Free text written by staff about the case.
  await tx.assignment.updateMany({ where: { inquiryId }, data: { note: null, returnReason: null, outcomeSummary: null } });
  await tx.inquiryNote.updateMany({ where: { inquiryId }, data: { body: "" } });
  // The conversation: who wrote when stays (and its MESSAGE_SENT / REPLY_RECEIVED events), the text goes.
  // Blanking the address also kills every conversation link (lib/conversation/token.ts).
  await tx.inquiryMessage.updateMany({ where: { inquiryId }, data: { body: "" } });
  // Their translations go with them (lib/translation/).
  await blankTranslationsTx(tx, inquiryId);
  // Mails keep kind, language, status and times; recipient, subject and body go.
  // One that was still waiting for delivery is never sent.
  await tx.outboundMail.updateMany({
    where: { inquiryId, status: { in: ["QUEUED", "SENDING"] } },
    data: { status: "FAILED", lockedUntil: null, lastError: "anonymised before delivery" },
  });
  await tx.outboundMail.updateMany({ where: { inquiryId }, data: { toAddress: "", subject: "", text: "" } });
  await tx.inquiryDraft.deleteMany({ where: { submittedInquiryId: inquiryId } });
  // Mails about the case still waiting in the gateway's list "unmatched mail" (e.g. a reply to it after closing).
  await tx.inboundMail.deleteMany({ where: { inquiryId, status: "UNMATCHED" } });
  // The timeline is append-only; the database lets an anonymised inquiry's events
  // drop payload keys, nothing else (migration 20261123223000_event_redaction).
  const keys = [...FREE_TEXT_EVENT_KEYS];
  await tx.$executeRaw`
    UPDATE "InquiryEvent" SET "data" = ("data" - ${keys}::text[]) || '{"redacted": true}'::jsonb
    WHERE "inquiryId" = ${inquiryId}::uuid AND "data" ?| ${keys}::text[]`;

  await tx.inquiryEvent.create({ data: { inquiryId, type: "ANONYMISED", ...actor, data: { ground: options.ground }, createdAt: now } });
  return true;
}

/** Anonymises one inquiry in a transaction of its own. */
export function anonymiseInquiry(prisma: PrismaClient, inquiryId: string, options: AnonymiseOptions): Promise<boolean> {
  return prisma.$transaction((tx) => anonymiseInquiryTx(tx, inquiryId, options));
}
