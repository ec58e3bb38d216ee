// Direct access to the running test's server's own embedded database (its DATA_DIR, see
// playwright.config.ts), for data that the public form would refuse but that a
// staff view must still render safely (imported or older records).
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { e2eServer } from "./server";

export async function withE2eDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const { dataDir } = e2eServer();
  const { user, password } = JSON.parse(fs.readFileSync(path.join(dataDir, "postgres-credentials.json"), "utf8")) as { user: string; password: string };
  const { port } = JSON.parse(fs.readFileSync(path.join(dataDir, "postgres-owner.json"), "utf8")) as { port: number };
  const client = new pg.Client({ host: "127.0.0.1", port, user, password, database: "portal" });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
