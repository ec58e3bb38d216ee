import "server-only";
// The staff inbox: one page of the filtered inquiries (lib/casework/filters.ts), keyset-paginated.
import { z } from "zod";
import { db } from "../db/client.ts";
import { OPEN_ASSIGNMENT_STATES } from "../domain/workflow.ts";
import { can, type StaffPrincipal } from "../auth/permissions.ts";
import { lastActivity } from "../dataprotection/inactivity.ts";
import { env } from "../env.ts";
import { countInquiries, inIdOrder, inquiryFilterSql, pageOfIds, staleCutoff, type InquiryFilter, type Keyset } from "./filters.ts";
import { forwardWait } from "./forward-reminders.ts";

export const PAGE_SIZE = 25;

type Cursor = { at: string; id: string };
const encodeCursor = (c: Cursor) => Buffer.from(JSON.stringify(c)).toString("base64url");
function decodeCursor(value: string | undefined): Keyset | undefined {
  if (!value) return undefined;
  try {
    const parsed = z.object({ at: z.iso.datetime(), id: z.uuid() }).safeParse(JSON.parse(Buffer.from(value, "base64url").toString()));
    return parsed.success ? { at: new Date(parsed.data.at), id: parsed.data.id } : undefined;
  } catch {
    return undefined;
  }
}

export async function loadInbox(staff: StaffPrincipal, query: InquiryFilter, options: { countLimit?: number } = {}) {
  const where = inquiryFilterSql(staff, query);
  if (!where) return null;
  const [ids, total] = await Promise.all([
    pageOfIds(where, { after: decodeCursor(query.after), oldest: query.sort === "oldest", take: PAGE_SIZE + 1 }),
    countInquiries(where, options.countLimit),
  ]);
  const rows = await db().inquiry.findMany({
    where: { id: { in: ids.slice(0, PAGE_SIZE) } },
    select: {
      id: true,
      reference: true,
      submittedAt: true,
      locale: true,
      companyName: true,
      companyNameLatin: true,
      anonymisedAt: true,
      direction: true,
      sectors: true,
      status: true,
      firstResponseAt: true,
      unreadReplyAt: true,
      preferences: { select: { organisation: { select: { shortName: true, slug: true } } } },
      assignments: {
        where: { state: { in: [...OPEN_ASSIGNMENT_STATES] } },
        select: { state: true, organisationId: true, assignedAt: true, organisation: { select: { id: true, shortName: true, kind: true } }, owner: { select: { name: true } } },
      },
      events: { select: { createdAt: true }, orderBy: { createdAt: "desc" }, take: 1 },
    },
  });
  // The flags of the filters "overdue forwards" and "stale", as the filters count them.
  const now = new Date();
  const stale = staleCutoff(now);
  const seesAll = can(staff, "inquiry.readAll");
  const flagged = rows.map(({ events, ...row }) => ({
    ...row,
    overdueForward: row.assignments.some(
      (a) => a.state === "PENDING" && (seesAll || a.organisationId === staff.organisationId) && forwardWait(a.assignedAt, a.organisation.kind, env.FORWARD_ACCEPT_BUSINESS_DAYS, now).overdue,
    ),
    staleSince: row.status !== "CLOSED" && !row.anonymisedAt && lastActivity(row.submittedAt, events) < stale ? lastActivity(row.submittedAt, events) : null,
  }));
  const page = inIdOrder(ids.slice(0, PAGE_SIZE), flagged);
  const last = page.at(-1);
  const next = ids.length > PAGE_SIZE && last ? encodeCursor({ at: last.submittedAt.toISOString(), id: last.id }) : undefined;
  return { rows: page, total: total.count, moreThanTotal: total.more, next };
}

export type InboxRow = NonNullable<Awaited<ReturnType<typeof loadInbox>>>["rows"][number];

/** Who holds it now: the partners with an open assignment, or else the gateway; named by `name` (lib/organisations/names.ts). */
export function currentHolders(row: Pick<InboxRow, "assignments">, name: (o: InboxRow["assignments"][number]["organisation"]) => string): string[] {
  const partners = row.assignments.filter((a) => a.organisation.kind !== "GATEWAY").map((a) => name(a.organisation));
  return partners.length ? partners : row.assignments.map((a) => name(a.organisation));
}

/**
 * The viewer's organisation's hold on the row, if it has an open one: its owner's name,
 * or null while nobody owns it there. Undefined when the organisation does not hold it.
 */
export function ownOwner(row: Pick<InboxRow, "assignments">, organisationId: string | null): string | null | undefined {
  const own = row.assignments.find((a) => a.organisationId === organisationId);
  return own ? (own.owner?.name ?? null) : undefined;
}
