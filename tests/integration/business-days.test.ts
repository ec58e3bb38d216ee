// Holiday arithmetic is the same in PostgreSQL (business_days_in, the PublicHoliday
// table) and in TypeScript (businessDaysBetween, date-holidays): every day of 2026 and
// 2027, in NRW's and in Japan's calendar.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { businessDaysBetween } from "@/lib/domain/business-days";
import { CALENDARS, publicHolidays, type Calendar } from "@/lib/domain/holidays";

const days = (from: string, to: string) => {
  const out: string[] = [];
  for (const d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) out.push(d.toISOString().slice(0, 10));
  return out;
};
/** Noon in the calendar's own zone (Berlin UTC+1/+2, Tokyo UTC+9) is still that date there. */
const noon = (calendar: Calendar, iso: string) => new Date(`${iso}T12:00:00${calendar === "JP" ? "+09:00" : "+01:00"}`);

describe.each(Object.keys(CALENDARS) as Calendar[])("business days in the %s calendar", (calendar) => {
  it("hold the same public holidays in the database as the library says, 2026 and 2027", async () => {
    const rows = await db().$queryRaw<{ day: string }[]>`
      SELECT to_char(day, 'YYYY-MM-DD') AS day FROM "PublicHoliday" WHERE calendar = ${calendar} AND day BETWEEN '2026-01-01' AND '2027-12-31' ORDER BY day`;
    const expected = [...publicHolidays(calendar, 2026).keys(), ...publicHolidays(calendar, 2027).keys()].sort();
    expect(rows.map((r) => r.day)).toEqual(expected);
    expect(expected.length).toBeGreaterThan(calendar === "JP" ? 30 : 20);
  });

  it("count the same business days in SQL and TypeScript from every day of 2026 and 2027", async () => {
    const all = days("2025-12-31", "2027-12-31");
    // From the first day to every day, and from every day to ten days later (both through holidays).
    const pairs: [string, string][] = [...all.map((d) => [all[0]!, d] as [string, string]), ...all.slice(0, -10).map((d, k) => [d, all[k + 10]!] as [string, string])];
    const rows = await db().$queryRaw<{ n: number }[]>`
      SELECT business_days_in(${calendar}, f, t) AS n
      FROM unnest(${pairs.map(([f]) => f)}::date[], ${pairs.map(([, t]) => t)}::date[]) WITH ORDINALITY AS p(f, t, k) ORDER BY k`;
    expect(rows.map((r) => r.n)).toEqual(pairs.map(([f, t]) => businessDaysBetween(noon(calendar, f), noon(calendar, t), calendar)));
  });
});

describe("the holiday table", () => {
  it("reach far enough ahead in the database", async () => {
    const [row] = await db().$queryRaw<{ last: number }[]>`SELECT max(extract(year FROM day))::integer AS last FROM "PublicHoliday"`;
    expect(row!.last).toBeGreaterThanOrEqual(new Date().getUTCFullYear() + 10);
  });
});
