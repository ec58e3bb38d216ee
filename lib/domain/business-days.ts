// Business days between two instants: Monday to Friday without the public
// holidays of a calendar (NRW by default, Japan for the Tokyo partner), counted in
// that calendar's time zone. The SQL twin is business_days_between (migration
// ..._public_holidays); a test walks 2026 and 2027 in both.
import { CALENDARS, isPublicHoliday, type Calendar } from "./holidays.ts";

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The calendar day of `at` in `timeZone`, as midnight UTC of that date. */
function localDate(at: Date, timeZone: string): Date {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    formatters.set(timeZone, format);
  }
  const [y, m, d] = format.format(at).split("-").map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

/** Is this calendar date (midnight UTC) a working day in `calendar`? */
export function isBusinessDay(day: Date, calendar: Calendar = "NRW"): boolean {
  const weekday = day.getUTCDay();
  return weekday !== 0 && weekday !== 6 && !isPublicHoliday(calendar, day.toISOString().slice(0, 10));
}

/** Whole business days after the day of `from` up to and including the day of `to`. */
export function businessDaysBetween(from: Date, to: Date, calendar: Calendar = "NRW"): number {
  const { timeZone } = CALENDARS[calendar];
  const start = localDate(from, timeZone);
  const end = localDate(to, timeZone);
  let days = 0;
  for (const day = new Date(start); day < end; ) {
    day.setUTCDate(day.getUTCDate() + 1);
    if (isBusinessDay(day, calendar)) days++;
  }
  return days;
}

export type SlaState = "answered" | "ok" | "dueSoon" | "overdue";

/**
 * The first-response clock of an inquiry against the promised number of business days.
 * The first response always comes from the gateway, so the clock runs in NRW's calendar.
 */
export function slaState(submittedAt: Date, firstResponseAt: Date | null, targetDays: number, now = new Date()): { state: SlaState; days: number } {
  if (firstResponseAt) return { state: "answered", days: businessDaysBetween(submittedAt, firstResponseAt) };
  const days = businessDaysBetween(submittedAt, now);
  return { state: days > targetDays ? "overdue" : days >= targetDays - 2 ? "dueSoon" : "ok", days };
}
