// The scripts' view of the database: provide it, migrate it, seed it.
import pg from "pg";
import { connectionConfig } from "../../lib/db/connection.ts";
import { FINISHED_MIGRATIONS_SQL, MIGRATION_LOCK_KEY, PREPARATION_LOCK_KEY, shippedMigrations } from "../../lib/db/start-up-locks.ts";
import { env, shouldSeedDemo } from "../../lib/env.ts";
import { createPrismaClient } from "../../lib/db/client.ts";
import { migrateDeploy } from "./db/migrate.ts";
import { logger } from "../../lib/log.ts";
import { root } from "./paths.ts";

const log = logger("db");
import { provideDatabase, type ProvidedDatabase } from "./db/runtime.ts";
import { seed } from "../../prisma/seed/index.ts";

export function openDatabase(): Promise<ProvidedDatabase> {
  return provideDatabase({ externalUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
}

export async function seedDatabase(url: string): Promise<void> {
  const prisma = createPrismaClient(url, 2);
  try {
    const demo = shouldSeedDemo();
    const report = await seed(prisma, { demo, demoPassword: env.DEMO_PASSWORD });
    const created = Object.entries(report).filter(([, n]) => n > 0).map(([what, n]) => `${n} ${what}`);
    log.info({ demo, created: Object.fromEntries(Object.entries(report).filter(([, n]) => n > 0)) }, `seed${demo ? " (demo mode)" : ""}: ${created.length ? created.join(", ") : "nothing new"}`);
  } finally {
    await prisma.$disconnect();
  }
}

/**
 * Runs `work` while holding a session-level advisory lock on the database: of several
 * instances starting at once, one works and the others wait for it (decision 0015).
 * The lock goes with the session, so an instance killed while holding it frees it.
 */
export async function withAdvisoryLock<T>(url: string, key: string, waiting: string, work: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ ...connectionConfig(url), application_name: "portal-start" });
  await client.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1::bigint) AS locked", [key]);
    if (!rows[0]?.locked) {
      log.info(waiting);
      await client.query("SELECT pg_advisory_lock($1::bigint)", [key]);
    }
    return await work();
  } finally {
    // Ending the session releases the lock.
    await client.end();
  }
}

/** Whether this checkout ships migrations the database has not finished (any, on a database without the table). */
async function hasPendingMigrations(url: string): Promise<boolean> {
  const client = new pg.Client(connectionConfig(url));
  await client.connect();
  try {
    const finished = new Set((await client.query<{ migration_name: string }>(FINISHED_MIGRATIONS_SQL)).rows.map((r) => r.migration_name));
    return (await shippedMigrations(root)).some((name) => !finished.has(name));
  } catch (error) {
    if ((error as { code?: string }).code === "42P01") return true; // no _prisma_migrations yet
    throw error;
  } finally {
    await client.end();
  }
}

/**
 * Migrations, then seed: what every start does before serving, once at a time per
 * database. The migration lock, which readiness reads, is held only while migrations
 * are really applied, so that restarting an instance does not make the others unready.
 */
export async function prepareDatabase(url: string, options: { seed: boolean } = { seed: true }): Promise<void> {
  await withAdvisoryLock(url, PREPARATION_LOCK_KEY, "another instance is preparing the database; waiting for it", async () => {
    if (await hasPendingMigrations(url)) await withAdvisoryLock(url, MIGRATION_LOCK_KEY, "waiting for migrations", () => migrateDeploy(url));
    else log.info("no pending migrations");
    if (options.seed) await seedDatabase(url);
  });
}
