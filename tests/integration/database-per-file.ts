// Each test file gets its own database, cloned from the migrated template.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { connectionConfig, withDatabase } from "../../lib/db/connection.ts";

const serverUrl = inject("dbServerUrl");
const name = `portal_test_${randomUUID().replaceAll("-", "").slice(0, 12)}`;

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client(connectionConfig(serverUrl));
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** pg's pool.end() resolves before its sockets have closed; FORCE would cut them mid-goodbye. */
async function untilDisconnected(client: pg.Client, timeoutMs = 5_000) {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
    const { rows } = await client.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1", [name]);
    if (rows[0]!.n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

await admin((client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${inject("dbTemplate")}"`));
process.env.DATABASE_URL = withDatabase(serverUrl, name);

afterAll(async () => {
  const { disconnectDb } = await import("../../lib/db/client.ts");
  const { closeRateLimitPool } = await import("../../lib/security/rate-limit.ts");
  await Promise.all([disconnectDb(), closeRateLimitPool()]);
  await admin(async (client) => {
    await untilDisconnected(client);
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
});
