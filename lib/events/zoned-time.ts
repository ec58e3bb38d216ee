// Wall-clock times in one of the events' zones (Berlin, Tokyo) and the instants they
// name: the host's settings form takes a deadline and meeting slots as
// `datetime-local` values in the zone the host chose, and shows stored ones back.
// Pure: no I/O, safe in any bundle.

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The zone's offset from UTC at `at`, in milliseconds. */
function offsetAt(at: number, zone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric" }).formatToParts(new Date(at));
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"), part("second")) - Math.floor(at / 1000) * 1000;
}

/**
 * Why a wall time names no single instant: "format" (not "YYYY-MM-DDTHH:mm", or a date
 * that does not exist such as 31 February), "gap" (skipped when the clocks go forward:
 * 2027-03-28T02:30 in Berlin), "repeat" (happens twice when they go back:
 * 2027-10-31T02:30 in Berlin). Both DST cases are refused (decision 0030): Tokyo time,
 * which the same forms offer, names such an instant without doubt.
 */
export type WallTimeProblem = "format" | "gap" | "repeat";

const DAY = 86_400_000;

/** "2027-03-15T18:00" in `zone` as the one instant it names, or why there is none or more than one. */
export function checkWallTime(value: string, zone: string): { ok: true; at: Date } | { ok: false; problem: WallTimeProblem } {
  const m = LOCAL.exec(value);
  if (!m) return { ok: false, problem: "format" };
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wall);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return { ok: false, problem: "format" };
  // The zone's offsets a day before and a day after (at most one change between them in
  // the events' zones); each names an instant, which counts if the zone really has that
  // offset then. None: the time was skipped; two: it happens twice.
  const offsets = new Set([offsetAt(wall - DAY, zone), offsetAt(wall + DAY, zone)]);
  const instants = [...offsets].map((o) => wall - o).filter((at) => offsetAt(at, zone) === wall - at);
  if (instants.length === 0) return { ok: false, problem: "gap" };
  if (instants.length > 1) return { ok: false, problem: "repeat" };
  return { ok: true, at: new Date(instants[0]!) };
}

/** "2027-03-15T18:00" in `zone` as an instant; undefined for anything else, a date that does not exist (31 February) or a time the zone skips or repeats. */
export function wallTimeToDate(value: string, zone: string): Date | undefined {
  const checked = checkWallTime(value, zone);
  return checked.ok ? checked.at : undefined;
}

/** The day of a wall time ("2027-03-28T02:30") as the reader writes dates: "28. März 2027", "2027年3月28日", "March 28, 2027". */
export function formatWallDay(localeTag: string, value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return value;
  return new Intl.DateTimeFormat(localeTag, { dateStyle: "long", timeZone: "UTC" }).format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))));
}

/** An instant as a `datetime-local` value in `zone`. */
export function dateToWallTime(at: Date, zone: string): string {
  const local = new Date(at.getTime() + offsetAt(at.getTime(), zone));
  return local.toISOString().slice(0, 16);
}
