// Every user-chosen period is bounded (issue #14, finding 5): the dashboard, the inbox
// and the CSV export refuse, with a translated message, what would make work grow.
import { describe, expect, it } from "vitest";
import { dashboardFilter } from "@/lib/casework/dashboard";
import { MAX_PERIOD_DAYS, parseInquiryFilter, periodError } from "@/lib/casework/filters";

const now = new Date("2026-12-02T08:00:00Z");

describe("periodError", () => {
  it("refuses the probe's 0001-01-01 to 9999-12-31, in the inbox and on the dashboard", () => {
    const filter = parseInquiryFilter({ from: "0001-01-01", to: "9999-12-31" });
    expect(filter).toMatchObject({ from: "0001-01-01", to: "9999-12-31" });
    expect(periodError(filter)).toBe("periodOutOfRange");
    expect(periodError(dashboardFilter(filter, now))).toBe("periodOutOfRange");
  });

  it("bounds a period with one open end by the dashboard's effective period", () => {
    expect(periodError(dashboardFilter(parseInquiryFilter({ from: "2000-01-01" }), now))).toBe("periodTooLong");
    expect(periodError(dashboardFilter(parseInquiryFilter({ to: "2099-12-31" }), now))).toBe("periodTooLong");
    expect(periodError(dashboardFilter(parseInquiryFilter({}), now))).toBeUndefined();
  });

  it("allows exactly five years, not a day more, and refuses a reversed period", () => {
    expect(MAX_PERIOD_DAYS).toBe(1830);
    expect(periodError({ from: "2021-01-01", to: "2026-01-04" })).toBeUndefined();
    expect(periodError({ from: "2021-01-01", to: "2026-01-05" })).toBe("periodTooLong");
    expect(periodError({ from: "2026-02-01", to: "2026-01-01" })).toBe("periodReversed");
    expect(periodError({ from: "2026-01-01" })).toBeUndefined();
  });
});
