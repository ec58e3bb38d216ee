// Each test file gets its own database, cloned from the migrated template.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { connectionConfig, withDatabase } from "../../lib/db/connection.ts";

const serverUrl = inject("dbServerUrl");
const name = `portal_test_${randomUUID().replaceAll("-", "").slice(0, 12)}`;

async function admin(sql: string) {
  const client = new pg.Client(connectionConfig(serverUrl));
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

await admin(`CREATE DATABASE "${name}" TEMPLATE "${inject("dbTemplate")}"`);
process.env.DATABASE_URL = withDatabase(serverUrl, name);

afterAll(async () => {
  const { disconnectDb } = await import("../../lib/db/client.ts");
  const { closeRateLimitPool } = await import("../../lib/security/rate-limit.ts");
  await Promise.all([disconnectDb(), closeRateLimitPool()]);
  await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
});
