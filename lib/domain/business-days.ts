// Business days (Monday to Friday) between two instants, counted in Berlin time.
// Public holidays differ between NRW and Tokyo and are not counted out.

function berlinDate(at: Date): Date {
  const [y, m, d] = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Berlin", year: "numeric", month: "2-digit", day: "2-digit" })
    .format(at)
    .split("-")
    .map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!));
}

/** Whole business days after the day of `from` up to and including the day of `to`. */
export function businessDaysBetween(from: Date, to: Date): number {
  const start = berlinDate(from);
  const end = berlinDate(to);
  let days = 0;
  for (const day = new Date(start); day < end; ) {
    day.setUTCDate(day.getUTCDate() + 1);
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6) days++;
  }
  return days;
}

export type SlaState = "answered" | "ok" | "dueSoon" | "overdue";

/** The first-response clock of an inquiry against the promised number of business days. */
export function slaState(submittedAt: Date, firstResponseAt: Date | null, targetDays: number, now = new Date()): { state: SlaState; days: number } {
  if (firstResponseAt) return { state: "answered", days: businessDaysBetween(submittedAt, firstResponseAt) };
  const days = businessDaysBetween(submittedAt, now);
  return { state: days > targetDays ? "overdue" : days >= targetDays - 2 ? "dueSoon" : "ok", days };
}
