import "server-only";
// The staff dashboard: every figure is one aggregate query in PostgreSQL over the
// inquiries the shared filters select (lib/inquiries/filters.ts), so the work stays
// in the database, on its indexes, however many inquiries there are.
import { db } from "../db/client";
import { DIRECTIONS, SECTORS, type Sector } from "../domain/catalog";
import type { Direction, InquiryStatus } from "../generated/prisma/enums";
import type { StaffPrincipal } from "../auth/permissions";
import { env } from "../env";
import { inquiryFilterSql, responseBusinessDaysSql, STATUSES, TIME_ZONE, type InquiryFilter } from "./filters";

/** Without a "from" date the dashboard shows this many weeks, the current one included. */
export const DEFAULT_WEEKS = 26;

const berlinDay = (at: Date) => new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);

/** The filter with the dashboard's default period filled in: from the Monday DEFAULT_WEEKS - 1 weeks before this one. */
export function dashboardFilter(filter: InquiryFilter, now = new Date()): InquiryFilter & { from: string; to: string } {
  const today = new Date(`${berlinDay(now)}T00:00:00Z`);
  const monday = new Date(today.getTime() - ((today.getUTCDay() + 6) % 7) * 86_400_000);
  const from = filter.from ?? new Date(monday.getTime() - (DEFAULT_WEEKS - 1) * 7 * 86_400_000).toISOString().slice(0, 10);
  return { ...filter, from, to: filter.to ?? today.toISOString().slice(0, 10) };
}

type Count<K extends string> = { key: K; count: number };

/** Zero-filled counts in the order of `keys`. */
function inOrder<K extends string>(keys: readonly K[], rows: { key: string; n: number }[]): Count<K>[] {
  const found = new Map(rows.map((r) => [r.key, r.n]));
  return keys.map((key) => ({ key, count: found.get(key) ?? 0 }));
}

export async function loadDashboard(staff: StaffPrincipal, requested: InquiryFilter, now = new Date()) {
  const filter = dashboardFilter(requested, now);
  const where = inquiryFilterSql(staff, filter);
  if (!where) return null;
  const target = env.REPLY_BUSINESS_DAYS;
  const [weeks, byStatus, byDirection, bySector, organisations, [summary]] = await Promise.all([
    // Every week of the period, empty ones included; weeks start on Monday, Berlin time.
    db().$queryRaw<{ week: string; n: number }[]>`
      WITH counts AS (
        SELECT date_trunc('week', i."submittedAt" AT TIME ZONE ${TIME_ZONE}) AS w, count(*)::integer AS n
        FROM "Inquiry" i WHERE ${where} GROUP BY 1)
      SELECT to_char(s.w, 'YYYY-MM-DD') AS week, coalesce(counts.n, 0) AS n
      FROM generate_series(date_trunc('week', ${filter.from}::date::timestamp), date_trunc('week', ${filter.to}::date::timestamp), interval '1 week') AS s(w)
      LEFT JOIN counts ON counts.w = s.w
      ORDER BY s.w`,
    db().$queryRaw<{ key: string; n: number }[]>`SELECT i.status::text AS key, count(*)::integer AS n FROM "Inquiry" i WHERE ${where} GROUP BY 1`,
    db().$queryRaw<{ key: string; n: number }[]>`SELECT i.direction::text AS key, count(*)::integer AS n FROM "Inquiry" i WHERE ${where} GROUP BY 1`,
    db().$queryRaw<{ key: string; n: number }[]>`
      SELECT s.sector AS key, count(*)::integer AS n FROM "Inquiry" i CROSS JOIN LATERAL unnest(i.sectors) AS s(sector)
      WHERE ${where} GROUP BY 1`,
    // Per partner: inquiries forwarded to it (ever, whatever became of the forward) and inquiries that named it as preferred.
    db().$queryRaw<{ slug: string; name: string; forwarded: number; preferred: number }[]>`
      WITH f AS (SELECT i.id FROM "Inquiry" i WHERE ${where}),
      fw AS (SELECT a."organisationId" AS org, count(DISTINCT a."inquiryId")::integer AS n FROM "Assignment" a JOIN f ON f.id = a."inquiryId" GROUP BY 1),
      pr AS (SELECT p."organisationId" AS org, count(*)::integer AS n FROM "InquiryPreference" p JOIN f ON f.id = p."inquiryId" GROUP BY 1)
      SELECT o.slug, o."shortName" AS name, coalesce(fw.n, 0) AS forwarded, coalesce(pr.n, 0) AS preferred
      FROM "Organisation" o LEFT JOIN fw ON fw.org = o.id LEFT JOIN pr ON pr.org = o.id
      WHERE o.kind <> 'GATEWAY' ORDER BY o.kind, o.slug`,
    // First response: the first workflow action of the gateway (Inquiry.firstResponseAt, set by workflow-service.ts).
    // The CTE is materialised so that the business days are computed once per inquiry, not once per aggregate.
    db().$queryRaw<{ total: number; answered: number; median_hours: number | null; median_business_days: number | null; late_answered: number; late_pending: number }[]>`
      WITH r AS MATERIALIZED (
        SELECT i."firstResponseAt" IS NOT NULL AS answered, ${responseBusinessDaysSql} AS days,
          extract(epoch FROM i."firstResponseAt" - i."submittedAt") / 3600 AS hours
        FROM "Inquiry" i WHERE ${where})
      SELECT count(*)::integer AS total, count(*) FILTER (WHERE answered)::integer AS answered,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY hours) FILTER (WHERE answered) AS median_hours,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY days) FILTER (WHERE answered) AS median_business_days,
        count(*) FILTER (WHERE answered AND days > ${target})::integer AS late_answered,
        count(*) FILTER (WHERE NOT answered AND days > ${target})::integer AS late_pending
      FROM r`,
  ]);
  return {
    filter,
    total: summary?.total ?? 0,
    weeks: weeks.map((w) => ({ week: w.week, count: w.n })),
    byStatus: inOrder<InquiryStatus>(STATUSES, byStatus),
    byDirection: inOrder<Direction>(DIRECTIONS, byDirection),
    bySector: inOrder<Sector>(SECTORS, bySector),
    organisations,
    firstResponse: {
      answered: summary?.answered ?? 0,
      medianHours: summary?.median_hours ?? null,
      medianBusinessDays: summary?.median_business_days ?? null,
    },
    sla: { targetDays: target, lateAnswered: summary?.late_answered ?? 0, latePending: summary?.late_pending ?? 0 },
  };
}

export type Dashboard = NonNullable<Awaited<ReturnType<typeof loadDashboard>>>;
