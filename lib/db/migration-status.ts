import "server-only";
import fs from "node:fs/promises";
import path from "node:path";
import { db } from "./client.ts";

export type MigrationStatus = { current: boolean; expected: number; applied: number; pending: string[] };

async function expectedMigrations(): Promise<string[]> {
  const dir = path.join(process.cwd(), "prisma", "migrations");
  const entries = await fs.readdir(dir, { withFileTypes: true });
  return entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
}

/** Compares the migrations shipped with the app against those finished in the database. */
export async function migrationStatus(): Promise<MigrationStatus> {
  const [expected, rows] = await Promise.all([
    expectedMigrations(),
    db().$queryRaw<{ migration_name: string }[]>`
      SELECT migration_name FROM _prisma_migrations
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
  ]);
  const applied = new Set(rows.map((r) => r.migration_name));
  const pending = expected.filter((name) => !applied.has(name));
  return { current: pending.length === 0, expected: expected.length, applied: applied.size, pending };
}
