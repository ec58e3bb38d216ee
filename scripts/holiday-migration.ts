// Prints the PublicHoliday rows of a migration from lib/domain/holidays.ts, so that the
// database counts the same holidays as the TypeScript side:
//   node --import tsx scripts/holiday-migration.ts 2020 2045 > rows.sql
// Run again (in a new migration) when date-holidays is bumped or the years run out;
// the integration test "business days in SQL" fails when they disagree.
import { CALENDARS, publicHolidays, type Calendar } from "../lib/domain/holidays.ts";

const [first, last] = process.argv.slice(2).map(Number);
if (!first || !last || last < first) {
  console.error("usage: node --import tsx scripts/holiday-migration.ts FIRST_YEAR LAST_YEAR");
  process.exit(2);
}
const quote = (s: string) => `'${s.replaceAll("'", "''")}'`;
const rows: string[] = [];
for (const calendar of Object.keys(CALENDARS) as Calendar[]) {
  for (let year = first; year <= last; year++) {
    for (const [day, name] of publicHolidays(calendar, year)) rows.push(`  (${quote(calendar)}, DATE ${quote(day)}, ${quote(name)})`);
  }
}
console.log(`INSERT INTO "PublicHoliday" (calendar, day, name) VALUES\n${rows.join(",\n")};`);
