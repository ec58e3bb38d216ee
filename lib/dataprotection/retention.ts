// The retention rule: personal data of inquiries closed longer than
// RETENTION_MONTHS is anonymised; drafts that can no longer be resumed are
// deleted; mails fetched from the reply mailbox are deleted
// INBOUND_MAIL_RETENTION_DAYS after they arrived (an unmatched one with its sender,
// subject and text, whether or not the gateway handled it). Run daily by the pg-boss job (retention-job.ts) and on demand by
// `npm run db:retention`. Reports counts only, never personal data.
//
// Not server-only: scripts/db.ts runs it outside Next.js.
import type { PrismaClient } from "../generated/prisma/client.ts";
import { anonymiseInquiry } from "./anonymise.ts";

export type RetentionReport = { anonymised: number; draftsDeleted: number; inboundMailsDeleted: number };

/** Days a fetched mail is kept when the caller does not say (env INBOUND_MAIL_RETENTION_DAYS). */
export const DEFAULT_INBOUND_MAIL_DAYS = 90;

export type RetentionOptions = { months: number; inboundMailDays?: number; now?: Date; batchSize?: number };

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
  // A draft expires a day after its last change (DRAFT_TTL_SECONDS) and can then
  // never be resumed or submitted: what it holds has no purpose left.
  const { count: draftsDeleted } = await prisma.inquiryDraft.deleteMany({ where: { expiresAt: { lt: now } } });
  const inboundCutoff = new Date(now.getTime() - (options.inboundMailDays ?? DEFAULT_INBOUND_MAIL_DAYS) * 86_400_000);
  const { count: inboundMailsDeleted } = await prisma.inboundMail.deleteMany({ where: { receivedAt: { lt: inboundCutoff } } });
  return { anonymised, draftsDeleted, inboundMailsDeleted };
}
