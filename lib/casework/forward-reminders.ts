import "server-only";
// Forwards nobody answers (issue #17): a forward that is still pending after
// FORWARD_ACCEPT_BUSINESS_DAYS business days of the receiving organisation's calendar
// (its public holidays excluded, decision 0014) is overdue. The gateway finds such
// inquiries with the inbox filter "overdue forwards"; the case shows the forward as
// overdue; the organisation's staff are reminded once per forward (remindedAt, set in
// the transaction that writes the reminder mails). Run by forward-reminder-job.ts;
// docs/decisions/0021-overdue-forwards-and-stale-cases.md.
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";
import { OrganisationKind } from "../generated/prisma/enums.ts";
import { businessDaysBetween } from "../domain/business-days.ts";
import { CALENDARS, calendarOf } from "../domain/holidays.ts";
import { handOver } from "../mail/outbox.ts";
import { queueStaffNotice } from "./staff-notices.ts";

const KINDS = Object.values(OrganisationKind);

/** The receiving organisation's calendar and zone, for `"Organisation" o` (calendarOf spelled as SQL). */
const calendarSql = Prisma.sql`(CASE o.kind::text ${Prisma.join(KINDS.map((k) => Prisma.sql`WHEN ${k} THEN ${calendarOf(k)}`), " ")} END)`;
const zoneSql = Prisma.sql`(CASE o.kind::text ${Prisma.join(KINDS.map((k) => Prisma.sql`WHEN ${k} THEN ${CALENDARS[calendarOf(k)].timeZone}`), " ")} END)`;

/**
 * True for `"Assignment" a` joined to its `"Organisation" o` when it is a forward to a
 * partner still pending after more than `days` business days at `now` (the same count
 * as businessDaysBetween(assignedAt, now, calendarOf(kind))).
 */
export function overdueForwardSql(days: number, now: Prisma.Sql = Prisma.sql`now()`): Prisma.Sql {
  return Prisma.sql`(a.state = 'PENDING' AND o.kind <> 'GATEWAY'
    AND business_days_in(${calendarSql}, (a."assignedAt" AT TIME ZONE ${zoneSql})::date, (${now} AT TIME ZONE ${zoneSql})::date) > ${days})`;
}

/** The inquiry filter over `"Inquiry" i`: it has an overdue forward (for a partner: its own). */
export function hasOverdueForwardSql(days: number, organisationId?: string): Prisma.Sql {
  const own = organisationId ? Prisma.sql`AND a."organisationId" = ${organisationId}::uuid` : Prisma.empty;
  return Prisma.sql`EXISTS (SELECT 1 FROM "Assignment" a JOIN "Organisation" o ON o.id = a."organisationId"
    WHERE a."inquiryId" = i.id ${own} AND ${overdueForwardSql(days)})`;
}

/** Business days a forward has waited, in its receiver's calendar; and whether that is overdue. */
export function forwardWait(assignedAt: Date, kind: OrganisationKind, days: number, now = new Date()): { waited: number; overdue: boolean } {
  const waited = businessDaysBetween(assignedAt, now, calendarOf(kind));
  return { waited, overdue: kind !== "GATEWAY" && waited > days };
}

export type ReminderOptions = { days: number; now?: Date };

/**
 * Reminds the staff of every organisation whose forward is overdue and was not
 * reminded yet; returns how many forwards were reminded. Each forward in a
 * transaction of its own that first claims it (remindedAt still NULL, still
 * pending), so that two runs at once, or a run twice, remind it exactly once.
 */
export async function sendForwardReminders(prisma: PrismaClient, options: ReminderOptions): Promise<number> {
  const now = options.now ?? new Date();
  const due = await prisma.$queryRaw<{ id: string }[]>`
    SELECT a.id FROM "Assignment" a
      JOIN "Organisation" o ON o.id = a."organisationId"
      JOIN "Inquiry" i ON i.id = a."inquiryId"
    WHERE a."remindedAt" IS NULL AND i."anonymisedAt" IS NULL AND i.status <> 'CLOSED'
      AND ${overdueForwardSql(options.days, Prisma.sql`${now}::timestamptz`)}
    ORDER BY a."assignedAt"`;
  let reminded = 0;
  for (const { id } of due) {
    const sent = await prisma.$transaction(async (tx) => {
      const { count } = await tx.assignment.updateMany({ where: { id, state: "PENDING", remindedAt: null }, data: { remindedAt: now } });
      if (count !== 1) return null;
      const forward = await tx.assignment.findUniqueOrThrow({
        where: { id },
        select: { organisationId: true, assignedAt: true, organisation: { select: { kind: true } }, inquiry: { select: { id: true, reference: true } } },
      });
      const { waited } = forwardWait(forward.assignedAt, forward.organisation.kind, options.days, now);
      return queueStaffNotice(tx, { kind: "reminder", organisationId: forward.organisationId, inquiryId: forward.inquiry.id, reference: forward.inquiry.reference, days: waited, now });
    });
    if (!sent) continue;
    reminded++;
    handOver(sent.delivery, sent.ids);
  }
  return reminded;
}
