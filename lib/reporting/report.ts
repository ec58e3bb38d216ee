import "server-only";
// The programme report for the NRW ministry and the Tokyo Metropolitan Government
// (issue #21, docs/decisions/0024-programme-report.md): what came in, per direction and
// company, what the partners did with it, and what came of it, for a bounded period and
// the one before. Aggregates only, read in PostgreSQL; every count passes the small-cell
// suppression (lib/domain/suppression.ts) before it leaves this module, so no page,
// export or response of the report ever holds a cell of 1 or 2 or an applicant's data.
import { db } from "../db/client.ts";
import { DIRECTIONS, SECTORS, SIZE_BANDS } from "../domain/catalog.ts";
import { derivedCell, derivedFigure, NO_DATA, suppressAdditive, suppressCells, type Cell, type Derived } from "../domain/suppression.ts";
import { OUTCOMES, outcomeOf } from "../domain/workflow.ts";
import { ERASED_OUTCOME } from "../dataprotection/anonymise.ts";
import { Prisma } from "../generated/prisma/client.ts";
import { INVESTMENT_BANDS } from "../inquiries/schema.ts";
import { berlinDayStart } from "../casework/filters.ts";
import { medianOfHistogram, type Bucket } from "../domain/median.ts";
import { periodSpans, previousPeriod, type ReportPeriod } from "./period.ts";

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

/** One period's rollup rows, summed over days and slots: measure → key → bucket → (n, amount). */
type Rollup = Map<string, Map<string, { buckets: Bucket[]; n: number; amount: number }>>;
type RollupRow = { current: boolean; measure: string; key: string; bucket: number; n: number; amount: number };

/** One period's rollup rows, `current` marking the report's period: its whole months per month, the rest per day. */
function rollupRows(period: ReportPeriod, current: boolean): Prisma.Sql {
  const { months, days } = periodSpans(period);
  const parts = days.map(
    (span) => Prisma.sql`SELECT ${current}::boolean AS current, r.measure, r.key, r.bucket, r.n, r.amount FROM "ReportDay" r WHERE r.day BETWEEN ${span.from}::date AND ${span.to}::date`,
  );
  if (months) {
    parts.push(Prisma.sql`SELECT ${current}::boolean AS current, r.measure, r.key, r.bucket, r.n, r.amount FROM "ReportMonth" r WHERE r.month BETWEEN ${months.first}::date AND ${months.last}::date`);
  }
  return Prisma.join(parts, " UNION ALL ");
}

/**
 * Every figure of both periods from the report's rollups (migrations 20261202140500_report_rollups
 * and 20261202180000_report_months): rows per month and key for the whole months, per day and key
 * for the days around them, whatever the number of inquiries. The days are Berlin days, as the
 * inbox's from/to and the rollups' keys.
 */
async function rollups(period: ReportPeriod, previous: ReportPeriod): Promise<[Rollup, Rollup]> {
  const rows = await db().$queryRaw<RollupRow[]>`
    SELECT r.current, r.measure, r.key, r.bucket, sum(r.n)::integer AS n, sum(r.amount)::float8 AS amount
    FROM (${rollupRows(period, true)} UNION ALL ${rollupRows(previous, false)}) r
    GROUP BY 1, 2, 3, 4 HAVING sum(r.n) <> 0 OR sum(r.amount) <> 0
    ORDER BY 1, 2, 3, 4`;
  const result: [Rollup, Rollup] = [new Map(), new Map()];
  for (const row of rows) {
    const byKey = result[row.current ? 0 : 1];
    const keys = byKey.get(row.measure) ?? new Map();
    byKey.set(row.measure, keys);
    const entry = keys.get(row.key) ?? { buckets: [], n: 0, amount: 0 };
    keys.set(row.key, entry);
    entry.buckets.push({ value: row.bucket, n: row.n });
    entry.n += row.n;
    entry.amount += row.amount;
  }
  return result;
}

const counts = (rollup: Rollup, measure: string): Counts => new Map([...(rollup.get(measure) ?? new Map()).entries()].map(([k, v]) => [k, v.n]));
const figure = (rollup: Rollup, measure: string, key = "") => rollup.get(measure)?.get(key) ?? { buckets: [], n: 0, amount: 0 };

type Received = { direction: Counts; size: Counts; startup: Counts; country: Counts; sector: Counts; answered: number; medianDays: number | null };

/** The inquiries received in the period (Berlin days of submission, as the inbox's from/to). */
function received(rollup: Rollup): Received {
  const response = figure(rollup, "response");
  return {
    direction: counts(rollup, "direction"),
    size: counts(rollup, "size"),
    startup: counts(rollup, "startup"),
    country: counts(rollup, "country"),
    sector: counts(rollup, "sector"),
    answered: response.n,
    medianDays: medianOfHistogram(response.buckets),
  };
}

type PartnerRow = {
  slug: string; name: string; kind: string;
  forwarded: number; accepted: number; returned: number; withdrawn: number;
  accept_days: number | null; messaged: number; message_days: number | null;
};

/** The partners in the report: every organisation but the gateway (the Tokyo partner included), in the table's order. */
function reportOrganisations() {
  return db().$queryRaw<{ id: string; slug: string; name: string; kind: string }[]>`
    SELECT o.id::text AS id, o.slug, o."shortName" AS name, o.kind::text AS kind FROM "Organisation" o WHERE o.kind <> 'GATEWAY' ORDER BY o.kind, o.slug`;
}

/**
 * Forwards made in the period per partner: what became of each, and the business days, in
 * the partner's own calendar, to the accept and to its first message to the applicant after the forward.
 */
function partners(organisations: { id: string; slug: string; name: string; kind: string }[], rollup: Rollup): PartnerRow[] {
  return organisations.map((o) => {
    const accepted = figure(rollup, "accepted", o.id);
    const messaged = figure(rollup, "messaged", o.id);
    return {
      slug: o.slug, name: o.name, kind: o.kind,
      forwarded: figure(rollup, "forwarded", o.id).n,
      accepted: accepted.n,
      returned: figure(rollup, "returned", o.id).n,
      withdrawn: figure(rollup, "withdrawn", o.id).n,
      accept_days: medianOfHistogram(accepted.buckets),
      messaged: messaged.n,
      message_days: medianOfHistogram(messaged.buckets),
    };
  });
}

/** The report's partner row: the four ends of a forward add up to "forwarded", so they are suppressed as one additive breakdown. */
export type PartnerFigures = {
  slug: string; name: string; kind: string;
  forwarded: Cell; accepted: Cell; returned: Cell; withdrawn: Cell; unanswered: Cell;
  medianAcceptDays: Derived; medianFirstMessageDays: Derived;
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
      medianAcceptDays: derivedFigure(r.accepted, r.accept_days),
      medianFirstMessageDays: derivedFigure(r.messaged, r.message_days),
      previousForwarded: suppressCells([before.get(r.slug) ?? 0])[0]!,
    };
  });
}

type Closes = { outcome: Counts; jobs: Map<string, { given: number; sum: number }>; investment: Counts };

/** Inquiries closed in the period (by their close, whenever they came in), per outcome, with the figures their closes recorded. */
function closes(rollup: Rollup): Closes {
  const outcome: Counts = new Map();
  const jobs = new Map<string, { given: number; sum: number }>();
  const reportKey = (key: string): ReportOutcome => (key === ERASED_OUTCOME ? "erased" : (outcomeOf(key === "" ? null : key) ?? "unrecorded"));
  for (const [key, n] of counts(rollup, "outcome")) outcome.set(reportKey(key), (outcome.get(reportKey(key)) ?? 0) + n);
  for (const [key, v] of rollup.get("jobs") ?? new Map()) {
    const j = jobs.get(reportKey(key)) ?? { given: 0, sum: 0 };
    jobs.set(reportKey(key), { given: j.given + v.n, sum: j.sum + v.amount });
  }
  return { outcome, jobs, investment: counts(rollup, "investment") };
}

/**
 * Published information events that began in `period`, per format, and their confirmed
 * registrations (issue #20's EventRegistration; the waiting list, declined and cancelled
 * ones aside). Events are public and the registrations are counts per format with nothing
 * about the person beside them: neither is suppressed (decision 0024). Anonymised and
 * erased registrations keep their row and status, so they stay counted.
 */
async function events(period: ReportPeriod): Promise<{ events: Counts; registrations: Counts }> {
  const rows = await db().$queryRaw<{ key: string; n: number; registrations: number }[]>`
    SELECT e.format::text AS key, count(DISTINCT e.id)::integer AS n, count(r.id)::integer AS registrations
    FROM "InformationEvent" e LEFT JOIN "EventRegistration" r ON r."eventId" = e.id AND r.status = 'CONFIRMED'
    WHERE e.published AND ${inPeriod(Prisma.sql`e."startsAt"`, period)} GROUP BY 1`;
  return { events: new Map(rows.map((r) => [r.key, r.n])), registrations: new Map(rows.map((r) => [r.key, r.registrations])) };
}

/** A breakdown that is published as it is (events are public). */
function unsuppressed<K extends string>(keys: readonly K[], current: Counts, previous: Counts): Breakdown<K> {
  const sum = (counts: Counts) => [...counts.values()].reduce((a, b) => a + b, 0);
  return { rows: keys.map((key) => ({ key, current: current.get(key) ?? 0, previous: previous.get(key) ?? 0 })), total: { current: sum(current), previous: sum(previous) } };
}

/**
 * NRW→Tokyo inquiries per Tokyo→NRW inquiry, only when both counts are published (a ratio
 * of a hidden count would reveal it); no data without Tokyo→NRW inquiries to divide by.
 */
function reciprocity(direction: Breakdown): Derived {
  const tokyo = direction.rows.find((r) => r.key === "TOKYO_TO_NRW")?.current ?? null;
  const nrw = direction.rows.find((r) => r.key === "NRW_TO_TOKYO")?.current ?? null;
  if (tokyo === null || nrw === null) return null;
  return tokyo === 0 ? NO_DATA : nrw / tokyo;
}

/** The programme report of `period` with the period before it; the caller has checked the period (parseReportPeriod). */
export async function loadReport(period: ReportPeriod) {
  const previous = previousPeriod(period);
  const [[rollupNow, rollupBefore], organisations, eventsNow, eventsBefore] = await Promise.all([
    rollups(period, previous), reportOrganisations(), events(period), events(previous),
  ]);
  const [now, before] = [received(rollupNow), received(rollupBefore)];
  const [partnersNow, partnersBefore] = [partners(organisations, rollupNow), partners(organisations, rollupBefore)];
  const [closesNow, closesBefore] = [closes(rollupNow), closes(rollupBefore)];
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
      firstResponse: { answered: suppressCells([now.answered])[0]!, medianDays: derivedFigure(now.answered, now.medianDays), previousMedianDays: derivedFigure(before.answered, before.medianDays) },
    },
    partners: partnerFigures(partnersNow, partnersBefore),
    outcomes: {
      ...byOutcome,
      jobs: REPORT_OUTCOMES.map((key, i) => ({ key, current: jobsNow[i]!, previous: jobsBefore[i]! })),
      jobsTotal: { current: allJobs(closesNow.jobs), previous: allJobs(closesBefore.jobs) },
    },
    investment: additive(INVESTMENT_BANDS, closesNow.investment, closesBefore.investment),
    events: unsuppressed(EVENT_FORMATS, eventsNow.events, eventsBefore.events),
    registrations: unsuppressed(EVENT_FORMATS, eventsNow.registrations, eventsBefore.registrations),
  };
}

export type ProgrammeReport = Awaited<ReturnType<typeof loadReport>>;
