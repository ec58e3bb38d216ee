import "server-only";
// The programme report for the NRW ministry and the Tokyo Metropolitan Government
// (issue #21, docs/decisions/0024-programme-report.md): what came in, per direction and
// company, what the partners did with it, and what came of it, for a bounded period and
// the one before. Aggregates only, read in PostgreSQL; every count passes the small-cell
// suppression (lib/domain/suppression.ts) before it leaves this module, so no page,
// export or response of the report ever holds a cell of 1 or 2 or an applicant's data.
import { db } from "../db/client.ts";
import { DIRECTIONS, SECTORS, SIZE_BANDS } from "../domain/catalog.ts";
import { derivedCell, suppressAdditive, suppressCells, type Cell } from "../domain/suppression.ts";
import { OUTCOMES, outcomeOf } from "../domain/workflow.ts";
import { ERASED_OUTCOME } from "../dataprotection/anonymise.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { INVESTMENT_BANDS } from "../inquiries/schema.ts";
import { berlinDayStart, TIME_ZONE } from "../casework/filters.ts";
import { previousPeriod, type ReportPeriod } from "./period.ts";

/** Outcome rows: the six of a deliberate close, inquiries closed by an erasure request, and closes that recorded none (before decision 0017). */
export const REPORT_OUTCOMES = [...OUTCOMES, "erased", "unrecorded"] as const;
export type ReportOutcome = (typeof REPORT_OUTCOMES)[number];
export const EVENT_FORMATS = ["ONLINE", "ONSITE", "HYBRID"] as const;
export const STARTUP_KEYS = ["startup", "established"] as const;

/** One row of a breakdown: this period and the one before, each suppressed on its own. */
export type ReportRow<K extends string = string> = { key: K; current: Cell; previous: Cell };
export type Breakdown<K extends string = string> = { rows: ReportRow<K>[]; total: { current: Cell; previous: Cell } };

type Counts = Map<string, number>;
const inPeriod = (column: Prisma.Sql, period: ReportPeriod) =>
  Prisma.sql`${column} >= ${berlinDayStart(period.from)} AND ${column} < ${berlinDayStart(period.to)} + interval '1 day'`;

/** An additive breakdown (its cells add up to the total shown) of both periods, in the order of `keys`. */
function additive<K extends string>(keys: readonly K[], current: Counts, previous: Counts): Breakdown<K> {
  const now = suppressAdditive(keys.map((k) => current.get(k) ?? 0));
  const before = suppressAdditive(keys.map((k) => previous.get(k) ?? 0));
  return { rows: keys.map((key, i) => ({ key, current: now.cells[i]!, previous: before.cells[i]! })), total: { current: now.total, previous: before.total } };
}

/** Countries: every country with inquiries in either period, largest first, then by code. */
function countryKeys(current: Counts, previous: Counts): string[] {
  const keys = [...new Set([...current.keys(), ...previous.keys()])];
  return keys.sort((a, b) => (current.get(b) ?? 0) - (current.get(a) ?? 0) || a.localeCompare(b));
}

type Received = { direction: Counts; size: Counts; startup: Counts; country: Counts; sector: Counts; answered: number; medianDays: number | null };

/** The inquiries received in `period` (Berlin days of submission, as the inbox's from/to), in one pass over them. */
async function received(period: ReportPeriod): Promise<Received> {
  const where = inPeriod(Prisma.sql`i."submittedAt"`, period);
  const [groups, sectors, [response]] = await Promise.all([
    db().$queryRaw<{ dim: string; key: string; n: number }[]>`
      SELECT CASE WHEN GROUPING(i.direction) = 0 THEN 'direction' WHEN GROUPING(i."sizeBand") = 0 THEN 'size'
                  WHEN GROUPING(i."isStartup") = 0 THEN 'startup' ELSE 'country' END AS dim,
        coalesce(i.direction::text, i."sizeBand", CASE WHEN i."isStartup" THEN 'startup' WHEN NOT i."isStartup" THEN 'established' END, i."hqCountry") AS key,
        count(*)::integer AS n
      FROM "Inquiry" i WHERE ${where}
      GROUP BY GROUPING SETS ((i.direction), (i."sizeBand"), (i."isStartup"), (i."hqCountry"))`,
    db().$queryRaw<{ key: string; n: number }[]>`
      SELECT s.sector AS key, count(*)::integer AS n FROM "Inquiry" i CROSS JOIN LATERAL unnest(i.sectors) AS s(sector) WHERE ${where} GROUP BY 1`,
    db().$queryRaw<{ answered: number; median: number | null }[]>`
      SELECT count(*)::integer AS answered,
        percentile_cont(0.5) WITHIN GROUP (ORDER BY business_days_between((i."submittedAt" AT TIME ZONE ${TIME_ZONE})::date, (i."firstResponseAt" AT TIME ZONE ${TIME_ZONE})::date)) AS median
      FROM "Inquiry" i WHERE ${where} AND i."firstResponseAt" IS NOT NULL`,
  ]);
  const of = (dim: string): Counts => new Map(groups.filter((g) => g.dim === dim).map((g) => [g.key, g.n]));
  return {
    direction: of("direction"),
    size: of("size"),
    startup: of("startup"),
    country: of("country"),
    sector: new Map(sectors.map((s) => [s.key, s.n])),
    answered: response?.answered ?? 0,
    medianDays: response?.median ?? null,
  };
}

type PartnerRow = {
  slug: string; name: string; kind: string;
  forwarded: number; accepted: number; returned: number; withdrawn: number;
  accept_days: number | null; messaged: number; message_days: number | null;
};

/**
 * Forwards made in `period` per partner (the Tokyo partner included, the gateway not):
 * what became of each, and the business days, in the partner's own calendar, to the
 * accept and to its first message to the applicant after the forward.
 */
function partners(period: ReportPeriod) {
  return db().$queryRaw<PartnerRow[]>`
    WITH p AS (
      SELECT o.id, o.slug, o."shortName" AS name, o.kind,
        CASE WHEN o.kind = 'TOKYO_PARTNER' THEN 'JP' ELSE 'NRW' END AS calendar,
        CASE WHEN o.kind = 'TOKYO_PARTNER' THEN 'Asia/Tokyo' ELSE 'Europe/Berlin' END AS zone
      FROM "Organisation" o WHERE o.kind <> 'GATEWAY'),
    f AS (
      SELECT p.id AS org, a.state, a."respondedAt", a."assignedAt", p.calendar, p.zone,
        (SELECT min(m."createdAt") FROM "InquiryMessage" m
          WHERE m."inquiryId" = a."inquiryId" AND m."organisationId" = p.id AND m.direction = 'OUTBOUND' AND m."createdAt" >= a."assignedAt") AS first_message
      FROM p JOIN "Assignment" a ON a."organisationId" = p.id WHERE ${inPeriod(Prisma.sql`a."assignedAt"`, period)})
    SELECT p.slug, p.name, p.kind::text AS kind,
      count(f.org)::integer AS forwarded,
      count(*) FILTER (WHERE f.state IN ('ACCEPTED', 'CLOSED') AND f."respondedAt" IS NOT NULL)::integer AS accepted,
      count(*) FILTER (WHERE f.state = 'RETURNED')::integer AS returned,
      count(*) FILTER (WHERE f.state = 'WITHDRAWN')::integer AS withdrawn,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY business_days_in(f.calendar, (f."assignedAt" AT TIME ZONE f.zone)::date, (f."respondedAt" AT TIME ZONE f.zone)::date))
        FILTER (WHERE f.state IN ('ACCEPTED', 'CLOSED') AND f."respondedAt" IS NOT NULL) AS accept_days,
      count(f.first_message)::integer AS messaged,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY business_days_in(f.calendar, (f."assignedAt" AT TIME ZONE f.zone)::date, (f.first_message AT TIME ZONE f.zone)::date))
        FILTER (WHERE f.first_message IS NOT NULL) AS message_days
    FROM p LEFT JOIN f ON f.org = p.id
    GROUP BY p.slug, p.name, p.kind ORDER BY p.kind, p.slug`;
}

/** The report's partner row: the four ends of a forward add up to "forwarded", so they are suppressed as one additive breakdown. */
export type PartnerFigures = {
  slug: string; name: string; kind: string;
  forwarded: Cell; accepted: Cell; returned: Cell; withdrawn: Cell; unanswered: Cell;
  medianAcceptDays: number | null; medianFirstMessageDays: number | null;
  previousForwarded: Cell;
};

function partnerFigures(current: PartnerRow[], previous: PartnerRow[]): PartnerFigures[] {
  const before = new Map(previous.map((r) => [r.slug, r.forwarded]));
  return current.map((r) => {
    const unanswered = r.forwarded - r.accepted - r.returned - r.withdrawn;
    const { cells, total } = suppressAdditive([r.accepted, r.returned, r.withdrawn, unanswered]);
    const [accepted, returned, withdrawn, open] = cells;
    return {
      slug: r.slug, name: r.name, kind: r.kind,
      forwarded: total, accepted: accepted!, returned: returned!, withdrawn: withdrawn!, unanswered: open!,
      medianAcceptDays: derivedCell(r.accepted, r.accept_days),
      medianFirstMessageDays: derivedCell(r.messaged, r.message_days),
      previousForwarded: suppressCells([before.get(r.slug) ?? 0])[0]!,
    };
  });
}

type Closes = { outcome: Counts; jobs: Map<string, { given: number; sum: number }>; investment: Counts };

/** Inquiries closed in `period` (by their close, whenever they came in), per outcome, with the figures their closes recorded. */
async function closes(period: ReportPeriod): Promise<Closes> {
  const where = Prisma.sql`i.status = 'CLOSED' AND ${inPeriod(Prisma.sql`i."closedAt"`, period)}`;
  const [outcomes, bands] = await Promise.all([
    db().$queryRaw<{ key: string | null; n: number; given: number; jobs: number }[]>`
      SELECT i.outcome AS key, count(*)::integer AS n, count(i."outcomeFigures"->'jobs')::integer AS given,
        coalesce(sum((i."outcomeFigures"->>'jobs')::integer), 0)::integer AS jobs
      FROM "Inquiry" i WHERE ${where} GROUP BY 1`,
    db().$queryRaw<{ key: string; n: number }[]>`
      SELECT i."outcomeFigures"->>'investment' AS key, count(*)::integer AS n
      FROM "Inquiry" i WHERE ${where} AND i."outcomeFigures"->>'investment' IS NOT NULL GROUP BY 1`,
  ]);
  const outcome: Counts = new Map();
  const jobs = new Map<string, { given: number; sum: number }>();
  for (const row of outcomes) {
    const key: ReportOutcome = row.key === ERASED_OUTCOME ? "erased" : (outcomeOf(row.key) ?? "unrecorded");
    outcome.set(key, (outcome.get(key) ?? 0) + row.n);
    const j = jobs.get(key) ?? { given: 0, sum: 0 };
    jobs.set(key, { given: j.given + row.given, sum: j.sum + row.jobs });
  }
  return { outcome, jobs, investment: new Map(bands.map((b) => [b.key, b.n])) };
}

/** Published information events that began in `period`, per format. Events are public: their counts are not suppressed. */
async function events(period: ReportPeriod): Promise<Counts> {
  const rows = await db().$queryRaw<{ key: string; n: number }[]>`
    SELECT e.format::text AS key, count(*)::integer AS n FROM "InformationEvent" e
    WHERE e.published AND ${inPeriod(Prisma.sql`e."startsAt"`, period)} GROUP BY 1`;
  return new Map(rows.map((r) => [r.key, r.n]));
}

/** NRW→Tokyo inquiries per Tokyo→NRW inquiry, only when both counts are published (a ratio of a hidden count would reveal it). */
function reciprocity(direction: Breakdown): number | null {
  const tokyo = direction.rows.find((r) => r.key === "TOKYO_TO_NRW")?.current;
  const nrw = direction.rows.find((r) => r.key === "NRW_TO_TOKYO")?.current;
  return tokyo && nrw !== null && nrw !== undefined ? nrw / tokyo : null;
}

/** The programme report of `period` with the period before it; the caller has checked the period (parseReportPeriod). */
export async function loadReport(period: ReportPeriod) {
  const previous = previousPeriod(period);
  const [now, before, partnersNow, partnersBefore, closesNow, closesBefore, eventsNow, eventsBefore] = await Promise.all([
    received(period), received(previous), partners(period), partners(previous), closes(period), closes(previous), events(period), events(previous),
  ]);
  const byDirection = additive(DIRECTIONS, now.direction, before.direction);
  const byOutcome = additive(REPORT_OUTCOMES, closesNow.outcome, closesBefore.outcome);
  // Planned jobs are a company's own figure: a sum is published only over 3 or more closes
  // that gave one, and per outcome only when every outcome's sum is (else the total minus the others would tell).
  const jobsByOutcome = (jobs: Closes["jobs"]): Cell[] => {
    const given = REPORT_OUTCOMES.map((key) => jobs.get(key) ?? { given: 0, sum: 0 });
    const hidden = given.some((j) => j.given > 0 && derivedCell(j.given, j.sum) === null);
    return given.map((j) => (hidden ? null : j.sum));
  };
  const allJobs = (jobs: Closes["jobs"]): Cell => {
    const all = [...jobs.values()].reduce((sum, j) => ({ given: sum.given + j.given, sum: sum.sum + j.sum }), { given: 0, sum: 0 });
    return all.given === 0 ? 0 : derivedCell(all.given, all.sum);
  };
  const jobsNow = jobsByOutcome(closesNow.jobs);
  const jobsBefore = jobsByOutcome(closesBefore.jobs);
  return {
    period,
    previous,
    received: {
      total: byDirection.total,
      byDirection,
      reciprocity: reciprocity(byDirection),
      bySector: {
        rows: SECTORS.map((key) => ({ key, current: suppressCells([now.sector.get(key) ?? 0])[0]!, previous: suppressCells([before.sector.get(key) ?? 0])[0]! })),
      },
      bySize: additive(SIZE_BANDS, now.size, before.size),
      byStartup: additive(STARTUP_KEYS, now.startup, before.startup),
      byCountry: additive(countryKeys(now.country, before.country), now.country, before.country),
      firstResponse: { answered: suppressCells([now.answered])[0]!, medianDays: derivedCell(now.answered, now.medianDays), previousMedianDays: derivedCell(before.answered, before.medianDays) },
    },
    partners: partnerFigures(partnersNow, partnersBefore),
    outcomes: {
      ...byOutcome,
      jobs: REPORT_OUTCOMES.map((key, i) => ({ key, current: jobsNow[i]!, previous: jobsBefore[i]! })),
      jobsTotal: { current: allJobs(closesNow.jobs), previous: allJobs(closesBefore.jobs) },
    },
    investment: additive(INVESTMENT_BANDS, closesNow.investment, closesBefore.investment),
    events: {
      rows: EVENT_FORMATS.map((key) => ({ key, current: eventsNow.get(key) ?? 0, previous: eventsBefore.get(key) ?? 0 })),
      total: { current: [...eventsNow.values()].reduce((a, b) => a + b, 0), previous: [...eventsBefore.values()].reduce((a, b) => a + b, 0) },
    },
  };
}

export type ProgrammeReport = Awaited<ReturnType<typeof loadReport>>;
