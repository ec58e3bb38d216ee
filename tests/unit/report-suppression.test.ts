// Small-cell suppression (lib/domain/suppression.ts) and the report's period
// (lib/reporting/period.ts): no published 1 or 2, no hidden cell that a published
// total gives away, and only bounded periods.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { derivedCell, derivedFigure, MIN_CELL, NO_DATA, suppressAdditive, suppressCells } from "@/lib/domain/suppression";
import { currentQuarter, parseReportPeriod, periodSpans, previousPeriod, quarterPeriod, yearPeriod } from "@/lib/reporting/period";

describe("suppressAdditive", () => {
  it("hides a lone small cell together with the smallest other one", () => {
    expect(suppressAdditive([6, 4, 1])).toEqual({ cells: [6, null, null], total: 11 });
    expect(suppressAdditive([2, 5, 3, 0, 0])).toEqual({ cells: [null, 5, null, 0, 0], total: 10 });
  });

  it("hides more while the hidden cells hold fewer than 3 together (1 + 1 would be known to be 1 each)", () => {
    expect(suppressAdditive([1, 1, 5, 7])).toEqual({ cells: [null, null, null, 7], total: 14 });
  });

  it("hides everything but the zeros when the total itself is small", () => {
    expect(suppressAdditive([2, 0])).toEqual({ cells: [null, 0], total: null });
    expect(suppressAdditive([0, 0])).toEqual({ cells: [0, 0], total: 0 });
  });

  it("never publishes 1 or 2 and never leaves the hidden cells recoverable from the total", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 12 }), { minLength: 1, maxLength: 9 }), (values) => {
        const { cells, total } = suppressAdditive(values);
        expect(cells.every((c) => c === null || c === 0 || c >= MIN_CELL)).toBe(true);
        expect(total === null || total === 0 || total >= MIN_CELL).toBe(true);
        const hidden = values.filter((_, i) => cells[i] === null);
        if (total !== null && hidden.length > 0) {
          expect(hidden.length).toBeGreaterThanOrEqual(2);
          expect(hidden.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(MIN_CELL);
        }
        // What is published is the truth.
        cells.forEach((c, i) => c !== null && expect(c).toBe(values[i]));
      }),
    );
  });
});

describe("suppressCells and derivedCell", () => {
  it("hide 1 and 2 only; a median or sum needs a basis of 3", () => {
    expect(suppressCells([0, 1, 2, 3, 40])).toEqual([0, null, null, 3, 40]);
    expect(derivedCell(2, 7.5)).toBeNull();
    expect(derivedCell(3, 7.5)).toBe(7.5);
  });
});

describe("derivedFigure", () => {
  it("tells no data (basis 0) apart from a hidden figure (basis 1 or 2)", () => {
    expect(derivedFigure(0, null)).toBe(NO_DATA);
    expect(derivedFigure(1, 4)).toBeNull();
    expect(derivedFigure(2, 4)).toBeNull();
    expect(derivedFigure(3, 4)).toBe(4);
    expect(derivedFigure(3, 0)).toBe(0);
  });
});

describe("the report's period", () => {
  const now = new Date("2026-12-02T08:00:00Z");

  it("defaults to the quarter of today in Berlin (New Year's Eve at 23:30 UTC is already January there)", () => {
    expect(parseReportPeriod({}, now)).toEqual({ period: quarterPeriod(2026, 4) });
    expect(currentQuarter(new Date("2026-12-31T23:30:00Z"))).toEqual(quarterPeriod(2027, 1));
  });

  it("reads quarters, years and from/to days", () => {
    expect(parseReportPeriod({ period: "2026-Q1" })).toEqual({ period: { kind: "quarter", year: 2026, quarter: 1, from: "2026-01-01", to: "2026-03-31" } });
    expect(parseReportPeriod({ period: "2024" })).toEqual({ period: yearPeriod(2024) });
    expect(parseReportPeriod({ from: "2024-01-01", to: "2024-12-31" })).toEqual({ period: { kind: "range", from: "2024-01-01", to: "2024-12-31" } });
  });

  it("refuses what is unbounded, malformed, reversed, too long or out of range, each with its own reason", () => {
    expect(parseReportPeriod({ from: "2026-01-01" })).toEqual({ error: "periodOpen" });
    expect(parseReportPeriod({ to: "2026-01-01" })).toEqual({ error: "periodOpen" });
    expect(parseReportPeriod({ period: "2026-Q5" })).toEqual({ error: "periodInvalid" });
    expect(parseReportPeriod({ period: "all" })).toEqual({ error: "periodInvalid" });
    expect(parseReportPeriod({ from: "2026-02-30", to: "2026-03-01" })).toEqual({ error: "periodInvalid" });
    expect(parseReportPeriod({ from: "2026-03-01", to: "2026-02-01" })).toEqual({ error: "periodReversed" });
    expect(parseReportPeriod({ from: "2024-01-01", to: "2025-01-01" })).toEqual({ error: "periodTooLong" });
    expect(parseReportPeriod({ from: "0001-01-01", to: "9999-12-31" })).toEqual({ error: "periodOutOfRange" });
    expect(parseReportPeriod({ period: "1999" })).toEqual({ error: "periodOutOfRange" });
  });

  it("compares with the period right before", () => {
    expect(previousPeriod(quarterPeriod(2026, 1))).toEqual(quarterPeriod(2025, 4));
    expect(previousPeriod(yearPeriod(2026))).toEqual(yearPeriod(2025));
    expect(previousPeriod({ kind: "range", from: "2026-03-01", to: "2026-03-10" })).toEqual({ kind: "range", from: "2026-02-19", to: "2026-02-28" });
  });
});

describe("periodSpans: whole months read per month, the days around them per day", () => {
  const DAY = 86_400_000;
  const daysOf = (from: string, to: string) => {
    const out: string[] = [];
    for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += DAY) out.push(new Date(t).toISOString().slice(0, 10));
    return out;
  };
  /** The days the spans cover, in order: whole months run from their first to the day before the next month. */
  const covered = (from: string, to: string) => {
    const { months, days } = periodSpans({ from, to });
    const last = months && new Date(`${months.last}T00:00:00Z`);
    const monthDays = months && last ? daysOf(months.first, new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 1, 0)).toISOString().slice(0, 10)) : [];
    return [...days.flatMap((span) => daysOf(span.from, span.to)), ...monthDays].sort();
  };

  it("reads a quarter and a leap year as whole months only", () => {
    expect(periodSpans(quarterPeriod(2026, 4))).toEqual({ months: { first: "2026-10-01", last: "2026-12-01" }, days: [] });
    expect(periodSpans(yearPeriod(2028))).toEqual({ months: { first: "2028-01-01", last: "2028-12-01" }, days: [] });
  });

  it("reads the last 366 days as eleven whole months and the days on either side", () => {
    expect(periodSpans({ from: "2025-12-02", to: "2026-12-02" })).toEqual({
      months: { first: "2026-01-01", last: "2026-11-01" },
      days: [{ from: "2025-12-02", to: "2025-12-31" }, { from: "2026-12-01", to: "2026-12-02" }],
    });
  });

  it("reads a period without a whole month per day", () => {
    expect(periodSpans({ from: "2026-02-10", to: "2026-03-20" })).toEqual({ months: null, days: [{ from: "2026-02-10", to: "2026-03-20" }] });
    expect(periodSpans({ from: "2026-02-01", to: "2026-02-27" })).toEqual({ months: null, days: [{ from: "2026-02-01", to: "2026-02-27" }] });
  });

  it("covers every day exactly once", () => {
    for (const [from, to] of [["2024-02-29", "2025-02-28"], ["2026-01-31", "2026-03-01"], ["2026-02-01", "2026-02-28"], ["2026-12-31", "2027-01-01"], ["2026-05-15", "2026-05-15"]] as const) {
      expect(covered(from, to), `${from}..${to}`).toEqual(daysOf(from, to));
    }
  });
});
