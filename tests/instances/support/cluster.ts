// Several real app instances on one PostgreSQL, as docs/deployment.md runs them: one
// database server (an embedded PostgreSQL in a throwaway folder, standing in for the
// managed one), and per instance `scripts/start.ts` with DATABASE_URL, its own PORT and
// the shared AUTH_SECRET, the way each systemd unit of the recipe starts one.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres, type EmbeddedServer } from "../../../scripts/lib/db/embedded";
import { createDatabaseIfMissing } from "../../../scripts/lib/db/runtime";
import { Portal } from "../../resilience/support/portal";

export class SharedDatabase {
  private constructor(
    private readonly server: EmbeddedServer,
    private readonly dataDir: string,
    readonly url: string,
  ) {}

  /** A PostgreSQL server with an empty database "portal". */
  static async start(): Promise<SharedDatabase> {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-instances-db-"));
    fs.chmodSync(dataDir, 0o755); // as root, the embedded PostgreSQL runs as "postgres"
    const server = await startEmbeddedPostgres(dataDir, { quiet: true });
    await createDatabaseIfMissing(server.url(), "portal");
    return new SharedDatabase(server, dataDir, server.url("portal"));
  }

  async query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
    const client = new pg.Client({ connectionString: this.url });
    await client.connect();
    try {
      return (await client.query<T>(sql, params)).rows;
    } finally {
      await client.end();
    }
  }

  async stop(): Promise<void> {
    await this.server.stop();
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }
}

/** What every instance of one installation shares: the database and the session secret. */
export function instanceEnv(database: SharedDatabase, env: Record<string, string> = {}): Record<string, string> {
  return { DATABASE_URL: database.url, AUTH_SECRET: sharedSecret, ...env };
}
const sharedSecret = randomBytes(32).toString("base64url");

/** Starts one instance per port, all at the same moment; resolves when every one answers 200 on /api/health. */
export async function startInstances(ports: number[], env: Record<string, string>): Promise<Portal[]> {
  const results = await Promise.allSettled(ports.map((port) => Portal.start({ port, env })));
  const started = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []));
  const failed = results.find((r) => r.status === "rejected");
  if (failed) {
    await Promise.all(started.map((portal) => portal.destroy()));
    throw failed.reason;
  }
  return started;
}
