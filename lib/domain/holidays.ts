// The two public-holiday calendars business days are counted in: North
// Rhine-Westphalia (the gateway and the municipalities) and Japan (the Tokyo
// partner), from the date-holidays library, public holidays only (no observances,
// no bank holidays; Japan's substitute and "national" holidays are public ones).
// The database's PublicHoliday table holds the same dates, written by a migration
// generated from this module (scripts/holiday-migration.ts); a test compares both
// (docs/decisions/0014-business-days-and-holidays.md).
import Holidays from "date-holidays";
import type { OrganisationKind } from "../generated/prisma/enums.ts";

export const CALENDARS = {
  NRW: { country: "DE", state: "NW", timeZone: "Europe/Berlin" },
  JP: { country: "JP", state: undefined, timeZone: "Asia/Tokyo" },
} as const;
export type Calendar = keyof typeof CALENDARS;

/** Business days at an organisation count its own public holidays: Japan's for the Tokyo partner, NRW's for everyone else. */
export function calendarOf(kind: OrganisationKind): Calendar {
  return kind === "TOKYO_PARTNER" ? "JP" : "NRW";
}

const libraries = new Map<Calendar, Holidays>();
const byYear = new Map<string, ReadonlyMap<string, string>>();

/** The public holidays of `year` in `calendar`: ISO date -> name in the country's language. */
export function publicHolidays(calendar: Calendar, year: number): ReadonlyMap<string, string> {
  const key = `${calendar}:${year}`;
  let days = byYear.get(key);
  if (!days) {
    let library = libraries.get(calendar);
    if (!library) {
      const { country, state } = CALENDARS[calendar];
      library = state ? new Holidays(country, state) : new Holidays(country);
      libraries.set(calendar, library);
    }
    const list = library.getHolidays(year).filter((h) => h.type === "public");
    days = new Map(list.map((h) => [h.date.slice(0, 10), h.name]));
    byYear.set(key, days);
  }
  return days;
}

export function isPublicHoliday(calendar: Calendar, isoDate: string): boolean {
  return publicHolidays(calendar, Number(isoDate.slice(0, 4))).has(isoDate);
}
