import "server-only";
import { db } from "./client.ts";
import { FINISHED_MIGRATIONS_SQL, MIGRATIONS_RUNNING_SQL, shippedMigrations } from "./start-up-locks.ts";

export type MigrationStatus = { current: boolean; running: boolean; expected: number; applied: number; pending: string[] };

/** Compares the migrations shipped with the app against those finished in the database, and says whether some are being applied now. */
export async function migrationStatus(): Promise<MigrationStatus> {
  const [expected, rows, [lock]] = await Promise.all([
    shippedMigrations(),
    db().$queryRawUnsafe<{ migration_name: string }[]>(FINISHED_MIGRATIONS_SQL),
    db().$queryRawUnsafe<{ running: boolean }[]>(MIGRATIONS_RUNNING_SQL),
  ]);
  const applied = new Set(rows.map((r) => r.migration_name));
  const pending = expected.filter((name) => !applied.has(name));
  const running = lock?.running ?? false;
  return { current: pending.length === 0 && !running, running, expected: expected.length, applied: applied.size, pending };
}
