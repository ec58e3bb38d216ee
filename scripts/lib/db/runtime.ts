// Gives the scripts a database: the external server named by DATABASE_URL, or
// the embedded PostgreSQL under DATA_DIR, started on demand.
import pg from "pg";
import { connectionConfig, withDatabase } from "../../../lib/db/connection.ts";
import { startEmbeddedPostgres } from "./embedded.ts";

export type ProvidedDatabase = {
  url: string;
  embedded: boolean;
  stop: () => Promise<void>;
};

export const EMBEDDED_DATABASE_NAME = "portal";

export async function createDatabaseIfMissing(serverUrl: string, database: string): Promise<void> {
  const client = new pg.Client(connectionConfig(serverUrl));
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

export async function provideDatabase(options: { externalUrl?: string; dataDir: string }): Promise<ProvidedDatabase> {
  if (options.externalUrl) {
    return { url: options.externalUrl, embedded: false, stop: async () => {} };
  }
  const server = await startEmbeddedPostgres(options.dataDir);
  try {
    await createDatabaseIfMissing(server.url(), EMBEDDED_DATABASE_NAME);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { url: withDatabase(server.url(), EMBEDDED_DATABASE_NAME), embedded: true, stop: server.stop };
}
