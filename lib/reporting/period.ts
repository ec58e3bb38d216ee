// The programme report's period (docs/decisions/0024-programme-report.md): a calendar
// quarter ("2026-Q3"), a calendar year ("2026") or from/to days, always bounded (at
// most REPORT_MAX_DAYS, both ends given); days are Berlin days like every staff view.
// The page, the exports and the tests parse the same way.
import { EARLIEST_DAY, LATEST_DAY } from "../casework/filters.ts";

/** The longest period a report covers: a year, a leap year included. */
export const REPORT_MAX_DAYS = 366;

export type ReportPeriod = {
  kind: "quarter" | "year" | "range";
  /** First and last Berlin day, ISO dates, both included. */
  from: string;
  to: string;
  /** 1–4 for a quarter. */
  quarter?: number;
  year?: number;
};

export const REPORT_PERIOD_ERRORS = ["periodInvalid", "periodOpen", "periodReversed", "periodTooLong", "periodOutOfRange"] as const;
export type ReportPeriodError = (typeof REPORT_PERIOD_ERRORS)[number];

const DAY = 86_400_000;
const iso = (d: Date) => d.toISOString().slice(0, 10);
const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / DAY;
const isIsoDay = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && iso(new Date(`${s}T00:00:00Z`)) === s;

export function quarterPeriod(year: number, quarter: number): ReportPeriod {
  const from = new Date(Date.UTC(year, (quarter - 1) * 3, 1));
  const to = new Date(Date.UTC(year, quarter * 3, 0));
  return { kind: "quarter", year, quarter, from: iso(from), to: iso(to) };
}

export function yearPeriod(year: number): ReportPeriod {
  return { kind: "year", year, from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The quarter that holds `now` in Berlin: the report's default. */
export function currentQuarter(now = new Date()): ReportPeriod {
  const [y, m] = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit" }).format(now).split("-").map(Number);
  return quarterPeriod(y!, Math.floor((m! - 1) / 3) + 1);
}

/** The period just before: the previous quarter or year, or as many days right before a from/to period. */
export function previousPeriod(period: ReportPeriod): ReportPeriod {
  if (period.kind === "quarter") return period.quarter === 1 ? quarterPeriod(period.year! - 1, 4) : quarterPeriod(period.year!, period.quarter! - 1);
  if (period.kind === "year") return yearPeriod(period.year! - 1);
  const days = dayNumber(period.to) - dayNumber(period.from) + 1;
  const to = new Date(Date.parse(`${period.from}T00:00:00Z`) - DAY);
  return { kind: "range", from: iso(new Date(to.getTime() - (days - 1) * DAY)), to: iso(to) };
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

/** The period the URL asks for (`period=2026-Q3`, `period=2026`, or `from` and `to`), the current quarter without any, or what is wrong. */
export function parseReportPeriod(params: Record<string, string | string[] | undefined>, now = new Date()): { period: ReportPeriod } | { error: ReportPeriodError } {
  const named = first(params.period);
  const from = first(params.from);
  const to = first(params.to);
  if (named !== undefined) {
    const quarter = /^(\d{4})-Q([1-4])$/i.exec(named);
    const year = /^(\d{4})$/.exec(named);
    const period = quarter ? quarterPeriod(Number(quarter[1]), Number(quarter[2])) : year ? yearPeriod(Number(year[1])) : undefined;
    if (!period) return { error: "periodInvalid" };
    return outOfRange(period) ? { error: "periodOutOfRange" } : { period };
  }
  if (from === undefined && to === undefined) return { period: currentQuarter(now) };
  if (from === undefined || to === undefined) return { error: "periodOpen" };
  if (!isIsoDay(from) || !isIsoDay(to)) return { error: "periodInvalid" };
  const period: ReportPeriod = { kind: "range", from, to };
  if (outOfRange(period)) return { error: "periodOutOfRange" };
  if (from > to) return { error: "periodReversed" };
  if (dayNumber(to) - dayNumber(from) + 1 > REPORT_MAX_DAYS) return { error: "periodTooLong" };
  return { period };
}

function outOfRange(period: ReportPeriod): boolean {
  return period.from < EARLIEST_DAY || period.to > LATEST_DAY;
}

/** The URL parameters that select `period` again (links, exports). */
export function periodParams(period: ReportPeriod): Record<string, string> {
  if (period.kind === "quarter") return { period: `${period.year}-Q${period.quarter}` };
  if (period.kind === "year") return { period: String(period.year) };
  return { from: period.from, to: period.to };
}

/** A period cut where the report's rollups are read: whole calendar months and the days around them. */
export type PeriodSpans = {
  /** First days of the first and last whole month inside the period, or null when it holds none. */
  months: { first: string; last: string } | null;
  /** The days outside those months (the partial first and last month), at most two ranges. */
  days: { from: string; to: string }[];
};

/** Splits a period into the whole months it contains (read per month) and the days left over (read per day). */
export function periodSpans(period: Pick<ReportPeriod, "from" | "to">): PeriodSpans {
  const from = new Date(`${period.from}T00:00:00Z`);
  const to = new Date(`${period.to}T00:00:00Z`);
  // The first whole month starts on the 1st at or after `from`; the last ends on its last day at or before `to`.
  const firstMonth = from.getUTCDate() === 1 ? from : new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 1));
  const afterTo = new Date(to.getTime() + DAY);
  const endMonth = afterTo.getUTCDate() === 1 ? afterTo : new Date(Date.UTC(to.getUTCFullYear(), to.getUTCMonth(), 1));
  if (firstMonth >= endMonth) return { months: null, days: [{ from: period.from, to: period.to }] };
  const lastMonth = new Date(Date.UTC(endMonth.getUTCFullYear(), endMonth.getUTCMonth() - 1, 1));
  const days: PeriodSpans["days"] = [];
  if (firstMonth > from) days.push({ from: period.from, to: iso(new Date(firstMonth.getTime() - DAY)) });
  if (endMonth < afterTo) days.push({ from: iso(endMonth), to: period.to });
  return { months: { first: iso(firstMonth), last: iso(lastMonth) }, days };
}
