// The server may cut a pool's idle connections at any time (a restart, a failover,
// an administrator's terminate). pg reports that as an "error" event on the pool;
// without a listener it would be an uncaught exception, which fails this file.
import pg from "pg";
import { afterAll, describe, expect, it, vi } from "vitest";
import { db, sql } from "@/lib/db/client";
import { connectionConfig } from "@/lib/db/connection";
import { closeRateLimitPool, consumeRateLimit } from "@/lib/security/rate-limit";

afterAll(async () => {
  vi.restoreAllMocks();
  await closeRateLimitPool();
});

async function terminateOtherBackends(): Promise<number> {
  const admin = new pg.Client(connectionConfig(process.env.DATABASE_URL!));
  await admin.connect();
  try {
    const { rowCount } = await admin.query(
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
    );
    return rowCount ?? 0;
  } finally {
    await admin.end();
  }
}

describe("database connections", () => {
  it("survive the server cutting idle connections, log one line without settings, and reconnect", async () => {
    // Both pools hold an idle connection.
    await expect(consumeRateLimit("inquiry-status", "203.0.113.7", 100)).resolves.toMatchObject({ allowed: true });
    await expect(sql(db(), { text: "SELECT 1 AS one" })).resolves.toEqual([{ one: 1 }]);

    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await terminateOtherBackends()).toBeGreaterThanOrEqual(2);
    await vi.waitFor(() => {
      const lines = logged.mock.calls.map((args) => String(args[0]));
      expect(lines).toContain("[rate-limit] idle database connection lost:");
      expect(lines).toContain("[db] idle database connection lost:");
    });
    // Only the server's message: no client object, so no host, user or password.
    for (const args of logged.mock.calls) expect(args.every((arg) => typeof arg === "string")).toBe(true);
    logged.mockRestore();

    await expect(consumeRateLimit("inquiry-status", "203.0.113.7", 100)).resolves.toMatchObject({ allowed: true, remaining: 98 });
    await expect(sql(db(), { text: "SELECT 1 AS one" })).resolves.toEqual([{ one: 1 }]);
    await expect(db().organisation.count()).resolves.toBeGreaterThanOrEqual(0);
  });
});
