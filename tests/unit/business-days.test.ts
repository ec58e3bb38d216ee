import { describe, expect, it } from "vitest";
import { businessDaysBetween, slaState } from "@/lib/domain/business-days";

describe("business days", () => {
  it("skips weekends", () => {
    // Friday 2026-11-20 10:00 Berlin -> Monday 2026-11-23: one business day.
    expect(businessDaysBetween(new Date("2026-11-20T09:00:00Z"), new Date("2026-11-23T09:00:00Z"))).toBe(1);
    expect(businessDaysBetween(new Date("2026-11-23T09:00:00Z"), new Date("2026-11-23T18:00:00Z"))).toBe(0);
    expect(businessDaysBetween(new Date("2026-11-16T09:00:00Z"), new Date("2026-11-30T09:00:00Z"))).toBe(10);
  });

  it("counts the day in Berlin, not in UTC", () => {
    // 23:30 UTC on Sunday is already Monday in Berlin.
    expect(businessDaysBetween(new Date("2026-11-20T12:00:00Z"), new Date("2026-11-22T23:30:00Z"))).toBe(1);
  });

  it("turns the first-response clock into a badge", () => {
    const submitted = new Date("2026-11-02T09:00:00Z");
    expect(slaState(submitted, null, 10, new Date("2026-11-04T09:00:00Z")).state).toBe("ok");
    expect(slaState(submitted, null, 10, new Date("2026-11-13T09:00:00Z")).state).toBe("dueSoon");
    expect(slaState(submitted, null, 10, new Date("2026-11-23T09:00:00Z"))).toEqual({ state: "overdue", days: 15 });
    expect(slaState(submitted, new Date("2026-11-03T09:00:00Z"), 10).state).toBe("answered");
  });
});
