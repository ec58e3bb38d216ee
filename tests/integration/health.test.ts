// Liveness and readiness on a real PostgreSQL: ready only while the database answers,
// every shipped migration is applied and none is being applied (another instance or
// `npm run db:migrate` holding the migration lock, decision 0017).
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectionConfig } from "@/lib/db/connection";
import { MIGRATION_LOCK_KEY } from "@/lib/db/start-up-locks";
import { liveness, readiness } from "@/lib/server/health";

let migrator: pg.Client;

beforeAll(async () => {
  migrator = new pg.Client(connectionConfig(process.env.DATABASE_URL!));
  await migrator.connect();
});
afterAll(() => migrator.end());

describe("health", () => {
  it("is live without asking the database", async () => {
    const response = liveness();
    expect(response.status).toBe(200);
    expect((await response.json()).status).toBe("alive");
  });

  it("is ready with the migrations applied, unready while migrations run, and ready again after", async () => {
    expect((await readiness()).status).toBe(200);

    await migrator.query("SELECT pg_advisory_lock($1::bigint)", [MIGRATION_LOCK_KEY]);
    const during = await readiness();
    expect(during.status).toBe(503);
    expect(await during.json()).toMatchObject({ status: "migrating", database: { reachable: true }, migrations: { current: false, running: true, pending: [] } });

    await migrator.query("SELECT pg_advisory_unlock($1::bigint)", [MIGRATION_LOCK_KEY]);
    const after = await readiness();
    expect(after.status).toBe(200);
    expect(await after.json()).toMatchObject({ status: "ok", migrations: { current: true, running: false } });
  });
});
