import "server-only";
// The inquiry filters shared by the inbox, its CSV export and the dashboard: one
// schema for the URL parameters and one SQL WHERE clause built from them, so that
// every view of "these inquiries" counts the same rows.
import { z } from "zod";
import { Prisma } from "../generated/prisma/client.ts";
import { DIRECTIONS, SECTORS } from "../domain/catalog.ts";
import { can, type StaffPrincipal } from "../auth/permissions.ts";
import { db } from "../db/client.ts";
import { inactiveSinceSql, lastActivityOf } from "../dataprotection/inactivity.ts";
import { retentionCutoff } from "../dataprotection/retention.ts";
import { env } from "../env.ts";
import { hasOverdueForwardSql } from "./forward-reminders.ts";
import { contactDisclosedSql, visibleInquiriesSql } from "./staff-access.ts";
import { organisationLabelsFrom } from "../organisations/names.ts";

export const STATUSES = ["NEW", "TRIAGED", "FORWARDED", "ACCEPTED", "IN_PROGRESS", "CLOSED"] as const;
/** Calendar days (from, to) and weeks (dashboard) are Berlin days. */
export const TIME_ZONE = "Europe/Berlin";

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (Array.isArray(v) ? v[0] : v === "" ? undefined : v), schema.optional().catch(undefined));

/** Unknown or malformed parameters are dropped, never an error page. */
export const inquiryFilterSchema = z.object({
  status: optional(z.enum(STATUSES)),
  direction: optional(z.enum(DIRECTIONS)),
  sector: optional(z.enum(SECTORS)),
  organisation: optional(z.string().regex(/^[a-z0-9-]{1,60}$/)),
  from: optional(z.iso.date()),
  to: optional(z.iso.date()),
  // Control characters never belong in a search and could match across the columns' boundaries.
  q: optional(z.string().trim().min(1).max(200).regex(/^[^\p{Cc}]*$/u)),
  /** Only inquiries whose first response came, or is still due, later than promised. */
  sla: optional(z.enum(["breached"])),
  /** Only inquiries with an applicant's reply that no holder has answered or marked read (lib/conversation/). */
  reply: optional(z.enum(["new"])),
  /** The viewer's own organisation's owner of the case (lib/casework/ownership.ts): the viewer, or nobody yet. */
  owner: optional(z.enum(["mine", "unassigned"])),
  /** Only inquiries with a forward pending longer than FORWARD_ACCEPT_BUSINESS_DAYS (a partner: its own forward). */
  forward: optional(z.enum(["overdue"])),
  /** Only open inquiries without activity for STALE_MONTHS (lib/dataprotection/inactivity.ts). */
  activity: optional(z.enum(["stale"])),
  sort: optional(z.enum(["newest", "oldest"])),
  after: optional(z.string().max(200)),
});
export type InquiryFilter = z.infer<typeof inquiryFilterSchema>;

/** Dates outside these days are typing mistakes (or probes), not periods anyone means. */
export const EARLIEST_DAY = "2000-01-01";
export const LATEST_DAY = "2099-12-31";
/**
 * The longest period a view may cover: five years. The dashboard's work (a row per
 * week, the rollups per day) grows with the period; one URL of 0001-01-01 to
 * 9999-12-31 ran for over 120 s and ended in a RangeError (issue #14, finding 5).
 */
export const MAX_PERIOD_DAYS = 5 * 366;
export const PERIOD_ERRORS = ["periodOutOfRange", "periodReversed", "periodTooLong"] as const;
export type PeriodError = (typeof PERIOD_ERRORS)[number];

const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000;

/** What is wrong with the period the filter selects, if anything; then no view runs it (each says so, translated). */
export function periodError(filter: Pick<InquiryFilter, "from" | "to">): PeriodError | undefined {
  const days = [filter.from, filter.to].filter((d) => d !== undefined);
  if (days.some((d) => d < EARLIEST_DAY || d > LATEST_DAY)) return "periodOutOfRange";
  if (filter.from && filter.to) {
    if (filter.from > filter.to) return "periodReversed";
    if (dayNumber(filter.to) - dayNumber(filter.from) + 1 > MAX_PERIOD_DAYS) return "periodTooLong";
  }
  return undefined;
}

/** Keys that select inquiries (as opposed to ordering and paging them). */
export const FILTER_KEYS = ["q", "status", "direction", "sector", "organisation", "from", "to", "sla", "reply", "owner", "forward", "activity"] as const;

export function parseInquiryFilter(params: Record<string, string | string[] | undefined>): InquiryFilter {
  return inquiryFilterSchema.parse(params);
}

/** The selecting parameters of `filter` as a plain object for links (inbox <-> dashboard, export). */
export function filterParams(filter: InquiryFilter): Partial<Record<(typeof FILTER_KEYS)[number], string>> {
  return Object.fromEntries(FILTER_KEYS.flatMap((k) => (filter[k] === undefined ? [] : [[k, String(filter[k])]])));
}

/** LIKE pattern for a user's search text, with its own wildcards escaped. */
export function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The calendar day of `at` in Berlin, the programme's day (YYYY-MM-DD), as the filters' from and to read it. */
export const berlinDay = (at: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
/** The start of Berlin day `isoDate` as an instant (DST-aware). */
export const berlinDayStart = (isoDate: string) => Prisma.sql`(${isoDate}::date::timestamp AT TIME ZONE ${TIME_ZONE})`;

/** Business days from receipt to the first response, or to today while none came. */
export const responseBusinessDaysSql = Prisma.sql`business_days_between((i."submittedAt" AT TIME ZONE ${TIME_ZONE})::date, (coalesce(i."firstResponseAt", now()) AT TIME ZONE ${TIME_ZONE})::date)`;

/**
 * The WHERE condition over `"Inquiry" i` for what `staff` may see and `filter` selects,
 * or null when the staff member sees no inquiries at all.
 */
export function inquiryFilterSql(staff: StaffPrincipal, filter: InquiryFilter): Prisma.Sql | null {
  const scope = visibleInquiriesSql(staff);
  if (!scope) return null;
  const and: Prisma.Sql[] = [scope];
  if (filter.status) and.push(Prisma.sql`i.status = ${filter.status}::"InquiryStatus"`);
  if (filter.direction) and.push(Prisma.sql`i.direction = ${filter.direction}::"Direction"`);
  if (filter.sector) and.push(Prisma.sql`i.sectors @> ARRAY[${filter.sector}]::text[]`);
  if (filter.organisation) {
    // The open states (OPEN_ASSIGNMENT_STATES in lib/domain/workflow.ts) as literals, like the partial index "Assignment_open_per_organisation".
    and.push(Prisma.sql`EXISTS (SELECT 1 FROM "Assignment" a JOIN "Organisation" o ON o.id = a."organisationId"
      WHERE a."inquiryId" = i.id AND o.slug = ${filter.organisation} AND a.state IN ('PENDING', 'ACCEPTED'))`);
  }
  if (filter.from) and.push(Prisma.sql`i."submittedAt" >= ${berlinDayStart(filter.from)}`);
  if (filter.to) and.push(Prisma.sql`i."submittedAt" < ${berlinDayStart(filter.to)} + interval '1 day'`);
  if (filter.q) {
    // One ILIKE per column, each served by its own trigram index (a BitmapOr). The contact
    // person is searched only where the viewer may see it: a partner that has not accepted
    // must not learn from a hit whose e-mail address an inquiry carries (issue #17).
    const pattern = containsPattern(filter.q);
    and.push(Prisma.sql`(i.reference ILIKE ${pattern} OR i."companyName" ILIKE ${pattern} OR i."companyNameLatin" ILIKE ${pattern}
      OR ((i."contactName" ILIKE ${pattern} OR i."contactNameLatin" ILIKE ${pattern} OR i."contactEmail" ILIKE ${pattern}) AND ${contactDisclosedSql(staff)}) OR i.description ILIKE ${pattern})`);
  }
  if (filter.owner) and.push(ownerFilterSql(staff, filter.owner));
  if (filter.reply === "new") and.push(Prisma.sql`i."unreadReplyAt" IS NOT NULL`);
  if (filter.sla === "breached") and.push(Prisma.sql`${responseBusinessDaysSql} > ${env.REPLY_BUSINESS_DAYS}`);
  if (filter.forward === "overdue") {
    and.push(hasOverdueForwardSql(env.FORWARD_ACCEPT_BUSINESS_DAYS, can(staff, "inquiry.readAll") ? undefined : (staff.organisationId ?? undefined)));
  }
  if (filter.activity === "stale") and.push(inactiveSinceSql(staleCutoff()));
  return Prisma.join(and, " AND ");
}

/**
 * "mine": the viewer owns the case in an assignment that is still open; "unassigned":
 * the viewer's organisation holds the case (open assignment) and nobody owns it there.
 * The open states (OPEN_ASSIGNMENT_STATES in lib/domain/workflow.ts) as literals.
 */
function ownerFilterSql(staff: StaffPrincipal, owner: "mine" | "unassigned"): Prisma.Sql {
  if (!staff.organisationId) return Prisma.sql`FALSE`;
  const who = owner === "mine" ? Prisma.sql`oa."ownerId" = ${staff.userId}` : Prisma.sql`oa."ownerId" IS NULL`;
  return Prisma.sql`EXISTS (SELECT 1 FROM "Assignment" oa WHERE oa."inquiryId" = i.id AND oa."organisationId" = ${staff.organisationId}::uuid
    AND oa.state IN ('PENDING', 'ACCEPTED') AND ${who})`;
}
/** Open inquiries whose last activity is older than this are stale (STALE_MONTHS calendar months ago). */
export const staleCutoff = (now = new Date()) => retentionCutoff(now, env.STALE_MONTHS);

/**
 * When a stale inquiry last saw activity, or null when it is not stale: the inbox filter's
 * rule for one case. Read from the database, not the timeline a viewer is shown: another
 * organisation's private note is activity too.
 */
export async function staleSince(inquiry: { id: string; submittedAt: Date; status: string; anonymisedAt: Date | null }, now = new Date()): Promise<Date | null> {
  if (inquiry.status === "CLOSED" || inquiry.anonymisedAt) return null;
  const last = await lastActivityOf(db(), inquiry);
  return last < staleCutoff(now) ? last : null;
}

export type Keyset = { at: Date; id: string };

/**
 * Ids of one page of the inquiries matching `where`, newest (or oldest) first, after
 * `keyset`: keyset pagination over the (submittedAt, id) index, as fast on page 4,000 as on page 1.
 */
export async function pageOfIds(where: Prisma.Sql, options: { after?: Keyset; oldest?: boolean; take: number }): Promise<string[]> {
  const { after, oldest, take } = options;
  const keyset = !after
    ? Prisma.sql`TRUE`
    : oldest
      ? Prisma.sql`(i."submittedAt", i.id) > (${after.at}::timestamptz, ${after.id}::uuid)`
      : Prisma.sql`(i."submittedAt", i.id) < (${after.at}::timestamptz, ${after.id}::uuid)`;
  const order = oldest ? Prisma.sql`i."submittedAt" ASC, i.id ASC` : Prisma.sql`i."submittedAt" DESC, i.id DESC`;
  const rows = await db().$queryRaw<{ id: string }[]>`SELECT i.id FROM "Inquiry" i WHERE ${where} AND ${keyset} ORDER BY ${order} LIMIT ${take}`;
  return rows.map((r) => r.id);
}

/**
 * The inbox counts matches up to this many and then says "more than": an exact count
 * of every match costs as much as reading them all, which grows with the data (bench
 * figure 3). The dashboard gives exact figures for any filter.
 */
export const COUNT_LIMIT = 1000;

/** How many inquiries match `where`, counted up to `limit`; `more` when there are more than that. */
export async function countInquiries(where: Prisma.Sql, limit = COUNT_LIMIT): Promise<{ count: number; more: boolean }> {
  const [row] = await db().$queryRaw<{ n: number }[]>`
    SELECT count(*)::integer AS n FROM (SELECT 1 FROM "Inquiry" i WHERE ${where} LIMIT ${limit + 1}) AS matches`;
  const n = row?.n ?? 0;
  return n > limit ? { count: limit, more: true } : { count: n, more: false };
}

/** `rows` in the order of `ids` (a findMany by id does not keep it). */
export function inIdOrder<T extends { id: string }>(ids: string[], rows: T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Every organisation's name in `locale` by slug, in the reader's alphabetical order, for the holder filter's options and labels. */
export async function holderNames(locale: string): Promise<Record<string, string>> {
  const [organisations, names] = await Promise.all([db().organisation.findMany({ select: { slug: true, shortName: true } }), organisationLabelsFrom(db(), locale)]);
  return Object.fromEntries(names.sorted(organisations).map((o) => [o.slug, names.organisation(o)]));
}
