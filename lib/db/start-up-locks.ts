// The PostgreSQL advisory locks that make start-up preparation happen once when
// several app instances start against one database at the same moment (decision
// 0015): the first takes the preparation lock and runs migrations and the seed; the
// others wait for it, then find nothing left to do. Only while migrations are really
// applied is the migration lock held, which readiness (/api/health) reads. No
// "server-only": the start scripts use this file too.
import fs from "node:fs/promises";
import path from "node:path";

/** Held around migrations and the seed (arbitrary bigints nothing else on the database uses). */
export const PREPARATION_LOCK_KEY = "7834501922650101";
/** Held around `next build` in `npm start`, for instances sharing one checkout. */
export const BUILD_LOCK_KEY = "7834501922650102";
/** Held only while `prisma migrate deploy` applies pending migrations. */
export const MIGRATION_LOCK_KEY = "7834501922650103";

/** Whether some session holds the migration lock: migrations are being applied right now. */
export const MIGRATIONS_RUNNING_SQL = `SELECT EXISTS (
  SELECT 1 FROM pg_locks
   WHERE locktype = 'advisory' AND granted AND objsubid = 1
     AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
     AND ((classid::bigint << 32) | objid::bigint) = ${MIGRATION_LOCK_KEY}::bigint
) AS running`;

/** Migrations recorded as finished (the table is absent before the first migration). */
export const FINISHED_MIGRATIONS_SQL = `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`;

/** The migrations shipped with this checkout, by folder name, oldest first. */
export async function shippedMigrations(root = process.cwd()): Promise<string[]> {
  const entries = await fs.readdir(path.join(root, "prisma", "migrations"), { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
}
