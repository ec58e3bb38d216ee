import { describe, expect, it } from "vitest";
import { eventIssues, emptyEvent } from "../../lib/content/event-schema.ts";
import { parseSettings } from "../../lib/events/settings-form.ts";
import { checkWallTime, dateToWallTime, formatWallDay, wallTimeToDate } from "../../lib/events/zoned-time.ts";

const BERLIN = "Europe/Berlin";
const TOKYO = "Asia/Tokyo";

describe("wall times in the events' zones (decision 0030)", () => {
  it("turns normal times into the instants they name, in winter and in summer", () => {
    expect(wallTimeToDate("2026-12-03T09:30", BERLIN)?.toISOString()).toBe("2026-12-03T08:30:00.000Z");
    expect(wallTimeToDate("2027-06-07T09:00", BERLIN)?.toISOString()).toBe("2027-06-07T07:00:00.000Z");
    expect(dateToWallTime(new Date("2027-06-07T07:00:00Z"), BERLIN)).toBe("2027-06-07T09:00");
  });

  it("refuses a time Berlin skips when the clocks go forward, and takes the minutes around it", () => {
    expect(checkWallTime("2027-03-28T02:30", BERLIN)).toEqual({ ok: false, problem: "gap" });
    expect(checkWallTime("2027-03-28T02:00", BERLIN)).toEqual({ ok: false, problem: "gap" });
    expect(wallTimeToDate("2027-03-28T02:30", BERLIN)).toBeUndefined();
    expect(wallTimeToDate("2027-03-28T01:59", BERLIN)?.toISOString()).toBe("2027-03-28T00:59:00.000Z");
    expect(wallTimeToDate("2027-03-28T03:00", BERLIN)?.toISOString()).toBe("2027-03-28T01:00:00.000Z");
  });

  it("refuses a time Berlin has twice when the clocks go back, and takes the minutes around it", () => {
    expect(checkWallTime("2027-10-31T02:30", BERLIN)).toEqual({ ok: false, problem: "repeat" });
    expect(checkWallTime("2027-10-31T02:00", BERLIN)).toEqual({ ok: false, problem: "repeat" });
    expect(wallTimeToDate("2027-10-31T01:59", BERLIN)?.toISOString()).toBe("2027-10-30T23:59:00.000Z");
    expect(wallTimeToDate("2027-10-31T03:00", BERLIN)?.toISOString()).toBe("2027-10-31T02:00:00.000Z");
  });

  it("has no gaps or repeats in Tokyo: the same wall times are plain there", () => {
    expect(wallTimeToDate("2027-03-28T02:30", TOKYO)?.toISOString()).toBe("2027-03-27T17:30:00.000Z");
    expect(wallTimeToDate("2027-10-31T02:30", TOKYO)?.toISOString()).toBe("2027-10-30T17:30:00.000Z");
    expect(dateToWallTime(new Date("2026-12-03T00:30:00Z"), TOKYO)).toBe("2026-12-03T09:30");
  });

  it("refuses dates that do not exist and anything that is not a datetime-local value", () => {
    expect(checkWallTime("2027-02-31T10:00", TOKYO)).toEqual({ ok: false, problem: "format" });
    expect(checkWallTime("2027-02-29T10:00", BERLIN)).toEqual({ ok: false, problem: "format" });
    expect(checkWallTime("2028-02-29T10:00", BERLIN).ok).toBe(true);
    expect(checkWallTime("2027-03-15T24:00", BERLIN)).toEqual({ ok: false, problem: "format" });
    expect(checkWallTime("15.03.2027 18:00", BERLIN)).toEqual({ ok: false, problem: "format" });
  });

  it("writes the day as each language does", () => {
    expect(formatWallDay("de-DE", "2027-03-28T02:30")).toBe("28. März 2027");
    expect(formatWallDay("ja-JP", "2027-03-28T02:30")).toBe("2027年3月28日");
    expect(formatWallDay("en", "2027-03-28T02:30")).toBe("March 28, 2027");
  });
});

describe("both forms name a skipped or repeated time at its field", () => {
  it("the content event editor refuses to publish with the zone and the typed time in the issue", () => {
    const p = { ...emptyEvent("nrw-global-business", BERLIN), startsAt: "2027-03-28T02:30", endsAt: "2027-10-31T02:30" };
    const issues = eventIssues(p);
    expect(issues).toContainEqual({ field: "startsAt", problem: "gap", zone: BERLIN, wallTime: "2027-03-28T02:30" });
    expect(issues).toContainEqual({ field: "endsAt", problem: "repeat", zone: BERLIN, wallTime: "2027-10-31T02:30" });
    const tokyo = eventIssues({ ...p, zone: TOKYO });
    expect(tokyo.filter((i) => i.field === "startsAt" || i.field === "endsAt")).toEqual([]);
    expect(eventIssues({ ...p, startsAt: "2027-02-31T10:00" })).toContainEqual({ field: "startsAt", problem: "format" });
  });

  it("the host's settings form answers gap and repeat per field and keeps the rest", () => {
    const values = { zone: BERLIN, capacity: "20", deadline: "2027-03-28T02:15", questionRows: "0", slotRows: "2", "slot-0-start": "2027-10-31T02:30", "slot-0-end": "2027-10-31T03:30", "slot-1-start": "2027-02-31T10:00", "slot-1-end": "2027-03-01T10:00" };
    const result = parseSettings(values, { startsAt: new Date("2027-12-01T09:00:00Z") });
    expect(result).toEqual({ ok: false, errors: { deadline: "gap", "slot-0-start": "repeat", "slot-1-start": "invalid" } });
    const inTokyo = parseSettings({ ...values, zone: TOKYO, "slot-1-start": "2027-02-28T10:00" }, { startsAt: new Date("2027-12-01T09:00:00Z") });
    expect(inTokyo.ok).toBe(true);
  });
});
