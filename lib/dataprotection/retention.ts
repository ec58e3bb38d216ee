// The retention rule: personal data of inquiries closed longer than
// RETENTION_MONTHS is anonymised; an open inquiry without activity for
// RETENTION_MONTHS (inactivity.ts) is closed as "no answer from the applicant"
// and anonymised at once, its period having run from its last activity; drafts
// that can no longer be resumed are deleted; mails fetched from the reply mailbox are deleted
// INBOUND_MAIL_RETENTION_DAYS after they arrived (an unmatched one with its sender,
// subject and text, whether or not the gateway handled it). Run daily by the pg-boss job (retention-job.ts) and on demand by
// `npm run db:retention`. Registrations for information events are anonymised
// EVENT_RETENTION_MONTHS after their event (lib/events/retention.ts). Reports counts only, never personal data.
//
// Not server-only: scripts/db.ts runs it outside Next.js.
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";
import { OPEN_ASSIGNMENT_STATES, type Outcome } from "../domain/workflow.ts";
import { anonymiseInquiry, anonymiseInquiryTx } from "./anonymise.ts";
import { inactiveSinceSql } from "./inactivity.ts";
import { anonymiseEventRegistrations } from "../events/retention.ts";

/** `closedInactive` inquiries were closed for inactivity and anonymised; they are not in `anonymised`. */
export type RetentionReport = { anonymised: number; closedInactive: number; draftsDeleted: number; inboundMailsDeleted: number; eventRegistrationsAnonymised: number };

/** How the retention job closes an inquiry nobody has worked on for RETENTION_MONTHS. */
export const INACTIVE_OUTCOME: Outcome = "no-answer";

/** Months after an event until its registrations are anonymised when the caller does not say. */
export const DEFAULT_EVENT_MONTHS = 6;

/** Days a fetched mail is kept when the caller does not say (env INBOUND_MAIL_RETENTION_DAYS). */
export const DEFAULT_INBOUND_MAIL_DAYS = 90;

/** `eventMonths`: months after an event until its registrations are anonymised (env EVENT_RETENTION_MONTHS, default 6). */
export type RetentionOptions = { months: number; inboundMailDays?: number; eventMonths?: number; now?: Date; batchSize?: number };

/** The moment `months` calendar months before `now` (31 March minus one month is 28/29 February). */
export function retentionCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now);
  const day = cutoff.getUTCDate();
  cutoff.setUTCDate(1);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(cutoff.getUTCFullYear(), cutoff.getUTCMonth() + 1, 0)).getUTCDate();
  cutoff.setUTCDate(Math.min(day, lastDay));
  return cutoff;
}

export async function runRetention(prisma: PrismaClient, options: RetentionOptions): Promise<RetentionReport> {
  const now = options.now ?? new Date();
  const batchSize = options.batchSize ?? 100;
  const cutoff = retentionCutoff(now, options.months);
  let anonymised = 0;
  // Each inquiry in a transaction of its own, so one failure does not undo a batch;
  // an inquiry that failed stays due and would be fetched again, so stop on error.
  for (;;) {
    const due = await prisma.inquiry.findMany({
      where: { status: "CLOSED", closedAt: { lt: cutoff }, anonymisedAt: null },
      select: { id: true },
      orderBy: { closedAt: "asc" },
      take: batchSize,
    });
    for (const { id } of due) {
      if (await anonymiseInquiry(prisma, id, { ground: "retention", actor: null, now })) anonymised++;
    }
    if (due.length < batchSize) break;
  }
  const closedInactive = await closeInactiveInquiries(prisma, { cutoff, months: options.months, now, batchSize });
  // A draft expires a day after its last change (DRAFT_TTL_SECONDS) and can then
  // never be resumed or submitted: what it holds has no purpose left.
  const { count: draftsDeleted } = await prisma.inquiryDraft.deleteMany({ where: { expiresAt: { lt: now } } });
  const inboundCutoff = new Date(now.getTime() - (options.inboundMailDays ?? DEFAULT_INBOUND_MAIL_DAYS) * 86_400_000);
  const { count: inboundMailsDeleted } = await prisma.inboundMail.deleteMany({ where: { receivedAt: { lt: inboundCutoff } } });
  const eventRegistrationsAnonymised = await anonymiseEventRegistrations(prisma, retentionCutoff(now, options.eventMonths ?? DEFAULT_EVENT_MONTHS), now);
  return { anonymised, closedInactive, draftsDeleted, inboundMailsDeleted, eventRegistrationsAnonymised };
}

/**
 * Closes every open inquiry without activity since `cutoff` as "no answer from the
 * applicant" (a CLOSED event by nobody, the system) and anonymises it in the same
 * transaction. The row is locked and checked again, so an inquiry that saw activity
 * meanwhile stays open.
 */
async function closeInactiveInquiries(prisma: PrismaClient, options: { cutoff: Date; months: number; now: Date; batchSize: number }): Promise<number> {
  const { cutoff, months, now, batchSize } = options;
  let closed = 0;
  for (;;) {
    const due = await prisma.$queryRaw<{ id: string }[]>`SELECT i.id FROM "Inquiry" i WHERE ${inactiveSinceSql(cutoff)} ORDER BY i."submittedAt" LIMIT ${batchSize}`;
    for (const { id } of due) {
      const done = await prisma.$transaction(async (tx) => {
        const [still] = await tx.$queryRaw<{ id: string }[]>`SELECT i.id FROM "Inquiry" i WHERE i.id = ${id}::uuid AND ${inactiveSinceSql(cutoff)} FOR UPDATE`;
        if (!still) return false;
        await tx.assignment.updateMany({ where: { inquiryId: id, state: { in: [...OPEN_ASSIGNMENT_STATES] } }, data: { state: "CLOSED", closedAt: now } });
        await tx.inquiry.update({
          where: { id },
          data: { status: "CLOSED", closedAt: now, outcome: INACTIVE_OUTCOME, outcomeFigures: Prisma.DbNull, outcomeSummary: null, version: { increment: 1 } },
        });
        await tx.inquiryEvent.create({ data: { inquiryId: id, type: "CLOSED", data: { outcome: INACTIVE_OUTCOME, inactiveMonths: months }, createdAt: now } });
        return anonymiseInquiryTx(tx, id, { ground: "retention", actor: null, now });
      });
      if (done) closed++;
    }
    // A skipped inquiry (activity meanwhile) no longer matches: the next batch does not fetch it again.
    if (due.length < batchSize) break;
  }
  return closed;
}
