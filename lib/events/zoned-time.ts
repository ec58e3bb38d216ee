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

/** "2027-03-15T18:00" in `zone` as an instant; undefined for anything else, or a date that does not exist (31 February). */
export function wallTimeToDate(value: string, zone: string): Date | undefined {
  const m = LOCAL.exec(value);
  if (!m) return undefined;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  const wall = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wall);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59) return undefined;
  // The offset at the guess, then again at the result: right on both sides of a DST change.
  let at = wall - offsetAt(wall, zone);
  at = wall - offsetAt(at, zone);
  return new Date(at);
}

/** An instant as a `datetime-local` value in `zone`. */
export function dateToWallTime(at: Date, zone: string): string {
  const local = new Date(at.getTime() + offsetAt(at.getTime(), zone));
  return local.toISOString().slice(0, 16);
}
