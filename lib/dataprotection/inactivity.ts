// When an inquiry last saw activity (issue #17, docs/decisions/0021-overdue-forwards-and-stale-cases.md): the
// newest entry on its timeline, or its submission. Every kind of activity writes a
// timeline entry: each workflow step and withdrawal, every internal note, every
// message to the applicant and every reply from them (through the portal or by
// mail). Reading a case, reminders and mail deliveries are not activity. An open
// inquiry without activity for STALE_MONTHS is flagged to the gateway; after
// RETENTION_MONTHS the retention job closes it as "no answer" and anonymises it.
//
// Not server-only: the retention job (also run by scripts/db.ts) uses it.
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";

/** The last activity of `"Inquiry" i` (one backward step on the events' (inquiryId, createdAt) index). */
export const lastActivitySql = Prisma.sql`greatest(i."submittedAt", (SELECT max(e."createdAt") FROM "InquiryEvent" e WHERE e."inquiryId" = i.id))`;

/** `"Inquiry" i` is open, not anonymised, and has seen no activity since `cutoff`. */
export function inactiveSinceSql(cutoff: Date): Prisma.Sql {
  return Prisma.sql`(i.status <> 'CLOSED' AND i."anonymisedAt" IS NULL AND ${lastActivitySql} < ${cutoff}::timestamptz)`;
}

/** The same as lastActivitySql for an inquiry whose timeline is loaded. */
export function lastActivity(submittedAt: Date, events: readonly { createdAt: Date }[]): Date {
  return events.reduce((last, e) => (e.createdAt > last ? e.createdAt : last), submittedAt);
}

/**
 * The same for one inquiry, read from the database: every entry counts, also those the
 * viewer may not read (another organisation's private note), as in the inbox's filter.
 */
export async function lastActivityOf(prisma: PrismaClient, inquiry: { id: string; submittedAt: Date }): Promise<Date> {
  const { _max } = await prisma.inquiryEvent.aggregate({ where: { inquiryId: inquiry.id }, _max: { createdAt: true } });
  return lastActivity(inquiry.submittedAt, _max.createdAt ? [{ createdAt: _max.createdAt }] : []);
}
