import { describe, expect, it } from "vitest";
import { businessDaysBetween, slaState } from "@/lib/domain/business-days";
import type { Calendar } from "@/lib/domain/holidays";

/** Noon in the calendar's own zone is still that date there. */
const noon = (calendar: Calendar, iso: string) => new Date(`${iso}T12:00:00${calendar === "JP" ? "+09:00" : "+01:00"}`);

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

  it("counts out NRW's and Japan's own holidays", () => {
    // Corpus Christi (Thursday 2026-06-04) is a holiday in NRW, not in Japan.
    expect(businessDaysBetween(noon("NRW", "2026-06-03"), noon("NRW", "2026-06-05"))).toBe(1);
    expect(businessDaysBetween(noon("JP", "2026-06-03"), noon("JP", "2026-06-05"), "JP")).toBe(2);
    // Golden Week 2026: 4, 5 and 6 May (a substitute holiday) are off in Japan, not in NRW.
    expect(businessDaysBetween(noon("JP", "2026-05-01"), noon("JP", "2026-05-08"), "JP")).toBe(2);
    expect(businessDaysBetween(noon("NRW", "2026-05-01"), noon("NRW", "2026-05-08"))).toBe(5);
    // Obon (mid-August) is a custom, not a public holiday; Mountain Day (11 August) is one.
    expect(businessDaysBetween(noon("JP", "2026-08-10"), noon("JP", "2026-08-14"), "JP")).toBe(3);
  });
});
