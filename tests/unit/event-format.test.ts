import { describe, expect, it } from "vitest";
import { formatEventMoment, formatEventRange, formatJapaneseRange } from "../../lib/events/format.ts";

// 2026-12-03 09:30–11:00 in Berlin (winter time) is 17:30–19:00 in Tokyo.
const start = new Date("2026-12-03T09:30:00+01:00");
const end = new Date("2026-12-03T11:00:00+01:00");

describe("event dates", () => {
  it("writes Japanese ranges in the house style in both zones", () => {
    expect(formatEventRange("ja", "Europe/Berlin", start, end)).toBe("2026年12月3日（木）9:30～11:00");
    expect(formatEventRange("ja", "Asia/Tokyo", start, end)).toBe("2026年12月3日（木）17:30～19:00");
  });

  it("names the end day of an event over several days, and the year only when it changes", () => {
    expect(formatJapaneseRange(new Date("2027-06-07T09:00:00+09:00"), new Date("2027-06-10T18:00:00+09:00"), "Asia/Tokyo")).toBe("2027年6月7日（月）9:00～6月10日（木）18:00");
    expect(formatJapaneseRange(new Date("2026-12-31T22:00:00+09:00"), new Date("2027-01-01T01:00:00+09:00"), "Asia/Tokyo")).toBe("2026年12月31日（木）22:00～2027年1月1日（金）1:00");
  });

  it("crosses midnight into the next Tokyo day where Berlin stays on one", () => {
    const lateStart = new Date("2026-12-03T15:00:00+01:00");
    const lateEnd = new Date("2026-12-03T17:00:00+01:00");
    expect(formatEventRange("ja", "Asia/Tokyo", lateStart, lateEnd)).toBe("2026年12月3日（木）23:00～12月4日（金）1:00");
  });

  it("keeps German and English as Intl writes them", () => {
    const de = formatEventRange("de", "Europe/Berlin", start, end);
    expect(de).toContain("Donnerstag, 3. Dezember 2026");
    expect(de).toMatch(/09:30\s?–\s?11:00/);
    expect(formatEventRange("en", "Asia/Tokyo", start, end)).toContain("Thursday, December 3, 2026");
  });

  it("writes a single moment", () => {
    expect(formatEventMoment("ja", "Asia/Tokyo", new Date("2027-03-15T23:59:00+09:00"))).toBe("2027年3月15日（月）23:59");
  });
});
