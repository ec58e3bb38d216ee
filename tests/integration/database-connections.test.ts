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

    const written: string[] = [];
    const logged = vi.spyOn(process.stdout, "write").mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    expect(await terminateOtherBackends()).toBeGreaterThanOrEqual(2);
    const lines = () => written.join("").split("\n").filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
    await vi.waitFor(() => {
      const lost = lines().filter((line) => line.component === "db" && line.msg === "idle database connection lost");
      expect(lost.map((line) => line.pool).sort()).toEqual(expect.arrayContaining(["db", "rate-limit"]));
    });
    logged.mockRestore();
    // Only the server's message: no client object, so no host, user or password.
    for (const line of lines()) {
      expect(line).toMatchObject({ level: "error", error: expect.any(String) });
      expect(JSON.stringify(line)).not.toMatch(/password|postgresql:\/\//);
    }

    await expect(consumeRateLimit("inquiry-status", "203.0.113.7", 100)).resolves.toMatchObject({ allowed: true, remaining: 98 });
    await expect(sql(db(), { text: "SELECT 1 AS one" })).resolves.toEqual([{ one: 1 }]);
    await expect(db().organisation.count()).resolves.toBeGreaterThanOrEqual(0);
  });
});
