import "server-only";
// The staff dashboard: aggregates in PostgreSQL over the inquiries the shared filters
// select (lib/casework/filters.ts). The default view and plain periods read rollups
// per day that database triggers keep exact (docs/decisions/0009-dashboard-aggregates.md),
// so their cost follows the days shown; every other filter is computed live.
import { can, type StaffPrincipal } from "../auth/permissions.ts";
import { db } from "../db/client.ts";
import { medianOfHistogram, type Bucket } from "../domain/median.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { DIRECTIONS, SECTORS, type Sector } from "../domain/catalog.ts";
import { OUTCOMES, type Outcome } from "../domain/workflow.ts";
import type { Direction, InquiryStatus } from "../generated/prisma/enums.ts";
import { env } from "../env.ts";
import { berlinDay, berlinDayStart, FILTER_KEYS, inquiryFilterSql, periodError, responseBusinessDaysSql, STATUSES, TIME_ZONE, type InquiryFilter } from "./filters.ts";

/** Without a "from" date the dashboard shows this many weeks, the current one included. */
export const DEFAULT_WEEKS = 26;


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

type Figures = {
  weeks: { week: string; n: number }[];
  byStatus: { key: string; n: number }[];
  byDirection: { key: string; n: number }[];
  bySector: { key: string; n: number }[];
  organisations: { slug: string; name: string; forwarded: number; preferred: number }[];
  total: number;
  answered: number;
  medianHours: number | null;
  medianBusinessDays: number | null;
  lateAnswered: number;
  latePending: number;
};
type Period = InquiryFilter & { from: string; to: string };

/** Every week of the period, empty ones included; weeks start on Monday, Berlin time. */
const weeksOf = (filter: Period, counts: Prisma.Sql) => db().$queryRaw<{ week: string; n: number }[]>`
  WITH counts AS (${counts})
  SELECT to_char(s.w, 'YYYY-MM-DD') AS week, coalesce(counts.n, 0) AS n
  FROM generate_series(date_trunc('week', ${filter.from}::date::timestamp), date_trunc('week', ${filter.to}::date::timestamp), interval '1 week') AS s(w)
  LEFT JOIN counts ON counts.w = s.w
  ORDER BY s.w`;

/**
 * Partners (not the gateway) with their counts; `counts` yields (org, forwarded, preferred).
 * A partner's own dashboard has its own row only: other organisations' figures are not its to see.
 */
const organisationsOf = (counts: Prisma.Sql, only?: string) => db().$queryRaw<Figures["organisations"]>`
  WITH c AS (${counts})
  SELECT o.slug, o."shortName" AS name, coalesce(c.forwarded, 0)::integer AS forwarded, coalesce(c.preferred, 0)::integer AS preferred
  FROM "Organisation" o LEFT JOIN c ON c.org = o.id
  WHERE o.kind <> 'GATEWAY' ${only ? Prisma.sql`AND o.id = ${only}::uuid` : Prisma.empty} ORDER BY o.kind, o.slug`;

/**
 * Whether the rollups answer `filter` exactly: they count all inquiries per Berlin day,
 * so they serve staff who see every inquiry and a filter that selects only a period.
 * Status, direction, sector, partner, search and SLA filters, and partners' own
 * dashboards (their inquiries only), are computed from the inquiries themselves.
 */
export function rollupAnswers(staff: StaffPrincipal, filter: InquiryFilter): boolean {
  return can(staff, "inquiry.readAll") && FILTER_KEYS.every((key) => key === "from" || key === "to" || filter[key] === undefined);
}

/**
 * The figures from the rollups (migration 20261124110000_dashboard_rollups): rows per
 * day of the period, however many inquiries those days hold. The medians are exact:
 * the rollup is a histogram of the exact times to the first response and of their
 * business days. Only "late and still waiting" depends on today; it reads the
 * unanswered inquiries of the period, a small set, through their index.
 */
export async function rollupFigures(filter: Period, target: number): Promise<Figures> {
  const days = Prisma.sql`day BETWEEN ${filter.from}::date AND ${filter.to}::date`;
  const [weeks, byStatus, byDirection, bySector, organisations, businessDays, responseMs, [pending]] = await Promise.all([
    weeksOf(filter, Prisma.sql`SELECT date_trunc('week', day::timestamp) AS w, sum(n)::integer AS n FROM "DashboardDay" WHERE ${days} GROUP BY 1`),
    db().$queryRaw<{ key: string; n: number }[]>`SELECT status::text AS key, sum(n)::integer AS n FROM "DashboardDay" WHERE ${days} GROUP BY 1`,
    db().$queryRaw<{ key: string; n: number }[]>`SELECT direction::text AS key, sum(n)::integer AS n FROM "DashboardDay" WHERE ${days} GROUP BY 1`,
    db().$queryRaw<{ key: string; n: number }[]>`SELECT sector AS key, sum(n)::integer AS n FROM "DashboardSectorDay" WHERE ${days} GROUP BY 1`,
    organisationsOf(Prisma.sql`SELECT "organisationId" AS org, sum(forwarded) AS forwarded, sum(preferred) AS preferred FROM "DashboardOrganisationDay" WHERE ${days} GROUP BY 1`),
    db().$queryRaw<Bucket[]>`
      SELECT "businessDays" AS value, sum(n)::integer AS n FROM "DashboardResponseDay" WHERE ${days} GROUP BY 1 HAVING sum(n) > 0 ORDER BY 1`,
    db().$queryRaw<Bucket[]>`
      SELECT "responseMs"::float8 AS value, sum(n)::integer AS n FROM "DashboardResponseDay" WHERE ${days} GROUP BY 1 HAVING sum(n) > 0 ORDER BY 1`,
    db().$queryRaw<{ n: number }[]>`
      SELECT count(*)::integer AS n FROM "Inquiry" i
      WHERE i."firstResponseAt" IS NULL AND i."submittedAt" >= ${berlinDayStart(filter.from)} AND i."submittedAt" < ${berlinDayStart(filter.to)} + interval '1 day'
        AND ${responseBusinessDaysSql} > ${target}`,
  ]);
  const medianMs = medianOfHistogram(responseMs);
  return {
    weeks,
    byStatus,
    byDirection,
    bySector,
    organisations,
    total: byStatus.reduce((sum, r) => sum + r.n, 0),
    answered: businessDays.reduce((sum, b) => sum + b.n, 0),
    medianHours: medianMs === null ? null : medianMs / 3_600_000,
    medianBusinessDays: medianOfHistogram(businessDays),
    lateAnswered: businessDays.reduce((sum, b) => sum + (b.value > target ? b.n : 0), 0),
    latePending: pending?.n ?? 0,
  };
}

/** The figures computed from the inquiries that `where` selects: every filter, cost growing with those inquiries. */
export async function liveFigures(where: Prisma.Sql, filter: Period, target: number, ownOrganisation?: string): Promise<Figures> {
  const [weeks, byStatus, byDirection, bySector, organisations, [summary]] = await Promise.all([
    weeksOf(filter, Prisma.sql`SELECT date_trunc('week', i."submittedAt" AT TIME ZONE ${TIME_ZONE}) AS w, count(*)::integer AS n FROM "Inquiry" i WHERE ${where} GROUP BY 1`),
    db().$queryRaw<{ key: string; n: number }[]>`SELECT i.status::text AS key, count(*)::integer AS n FROM "Inquiry" i WHERE ${where} GROUP BY 1`,
    db().$queryRaw<{ key: string; n: number }[]>`SELECT i.direction::text AS key, count(*)::integer AS n FROM "Inquiry" i WHERE ${where} GROUP BY 1`,
    db().$queryRaw<{ key: string; n: number }[]>`
      SELECT s.sector AS key, count(*)::integer AS n FROM "Inquiry" i CROSS JOIN LATERAL unnest(i.sectors) AS s(sector)
      WHERE ${where} GROUP BY 1`,
    // Per partner: inquiries forwarded to it (ever, whatever became of the forward) and inquiries that named it as preferred.
    organisationsOf(Prisma.sql`
      WITH f AS (SELECT i.id FROM "Inquiry" i WHERE ${where}),
      fw AS (SELECT a."organisationId" AS org, count(DISTINCT a."inquiryId")::integer AS n FROM "Assignment" a JOIN f ON f.id = a."inquiryId" GROUP BY 1),
      pr AS (SELECT p."organisationId" AS org, count(*)::integer AS n FROM "InquiryPreference" p JOIN f ON f.id = p."inquiryId" GROUP BY 1)
      SELECT coalesce(fw.org, pr.org) AS org, fw.n AS forwarded, pr.n AS preferred FROM fw FULL JOIN pr ON pr.org = fw.org`, ownOrganisation),
    // The CTE is materialised so that the business days are computed once per inquiry, not once per aggregate.
    db().$queryRaw<{ total: number; answered: number; median_hours: number | null; median_business_days: number | null; late_answered: number; late_pending: number }[]>`
      WITH r AS MATERIALIZED (
        SELECT i."firstResponseAt" IS NOT NULL AS answered, ${responseBusinessDaysSql} AS days,
          (extract(epoch FROM i."firstResponseAt") - extract(epoch FROM i."submittedAt")) * 1000 AS ms
        FROM "Inquiry" i WHERE ${where})
      SELECT count(*)::integer AS total, count(*) FILTER (WHERE answered)::integer AS answered,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY ms) FILTER (WHERE answered) / 3600000 AS median_hours,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY days) FILTER (WHERE answered) AS median_business_days,
        count(*) FILTER (WHERE answered AND days > ${target})::integer AS late_answered,
        count(*) FILTER (WHERE NOT answered AND days > ${target})::integer AS late_pending
      FROM r`,
  ]);
  return {
    weeks,
    byStatus,
    byDirection,
    bySector,
    organisations,
    total: summary?.total ?? 0,
    answered: summary?.answered ?? 0,
    medianHours: summary?.median_hours ?? null,
    medianBusinessDays: summary?.median_business_days ?? null,
    lateAnswered: summary?.late_answered ?? 0,
    latePending: summary?.late_pending ?? 0,
  };
}

/**
 * Closed inquiries of the period by outcome, with the jobs their closes planned
 * (decision 0017). Read from the inquiries: closes are few next to submissions.
 * A partner's dashboard counts its own closes: the parts it closed with its outcome,
 * or, where the gateway closed the inquiry while the partner held it, the inquiry's.
 */
async function outcomesOf(where: Prisma.Sql, ownOrganisation?: string) {
  const rows = ownOrganisation
    ? await db().$queryRaw<{ key: string; n: number; jobs: number }[]>`
        SELECT coalesce(a.outcome, i.outcome) AS key, count(DISTINCT i.id)::integer AS n,
          coalesce(sum((coalesce(a."outcomeFigures", i."outcomeFigures")->>'jobs')::integer), 0)::integer AS jobs
        FROM "Inquiry" i JOIN "Assignment" a ON a."inquiryId" = i.id AND a."organisationId" = ${ownOrganisation}::uuid AND a.state = 'CLOSED'
        WHERE ${where} AND coalesce(a.outcome, i.outcome) IS NOT NULL GROUP BY 1`
    : await db().$queryRaw<{ key: string; n: number; jobs: number }[]>`
        SELECT i.outcome AS key, count(*)::integer AS n, coalesce(sum((i."outcomeFigures"->>'jobs')::integer), 0)::integer AS jobs
        FROM "Inquiry" i WHERE ${where} AND i.status = 'CLOSED' AND i.outcome IS NOT NULL GROUP BY 1`;
  const jobs = new Map(rows.map((r) => [r.key, r.jobs]));
  return inOrder<Outcome>(OUTCOMES, rows).map((r) => ({ ...r, jobs: jobs.get(r.key) ?? 0 }));
}

/** The dashboard's figures; the caller has checked periodError(dashboardFilter(requested)) and shown it. */
export async function loadDashboard(staff: StaffPrincipal, requested: InquiryFilter, now = new Date()) {
  // A partner's dashboard: its own inquiries (the filters' scope) and its own figures; it
  // has no "currently at" filter, which would count its cases by other organisations.
  const own = can(staff, "inquiry.readAll") ? undefined : (staff.organisationId ?? undefined);
  const filter = dashboardFilter(own ? { ...requested, organisation: undefined } : requested, now);
  if (periodError(filter)) throw new RangeError("The dashboard's period was not checked (periodError).");
  const where = inquiryFilterSql(staff, filter);
  if (!where) return null;
  const target = env.REPLY_BUSINESS_DAYS;
  const [figures, outcomes] = await Promise.all([
    rollupAnswers(staff, filter) ? rollupFigures(filter, target) : liveFigures(where, filter, target, own),
    outcomesOf(where, own),
  ]);
  return {
    filter,
    total: figures.total,
    weeks: figures.weeks.map((w) => ({ week: w.week, count: w.n })),
    byStatus: inOrder<InquiryStatus>(STATUSES, figures.byStatus),
    byDirection: inOrder<Direction>(DIRECTIONS, figures.byDirection),
    bySector: inOrder<Sector>(SECTORS, figures.bySector),
    organisations: figures.organisations,
    outcomes,
    firstResponse: { answered: figures.answered, medianHours: figures.medianHours, medianBusinessDays: figures.medianBusinessDays },
    sla: { targetDays: target, lateAnswered: figures.lateAnswered, latePending: figures.latePending },
  };
}

export type Dashboard = NonNullable<Awaited<ReturnType<typeof loadDashboard>>>;
