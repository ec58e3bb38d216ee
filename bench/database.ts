// The bench's own PostgreSQL: an embedded server in a temporary folder, or the
// server named by BENCH_POSTGRES_URL. Databases it creates are dropped at the end.
import pg from "pg";
import { connectionConfig, withDatabase } from "../lib/db/connection.ts";
import { createPrismaClient } from "../lib/db/client.ts";
import { startEmbeddedPostgres } from "../scripts/lib/db/embedded.ts";
import { migrateDeploy } from "../scripts/lib/db/migrate.ts";
import { seed, seedDemoAccounts, seedOrganisations } from "../prisma/seed/index.ts";

export const DEMO_PASSWORD = "portal-demo-2026";

export type BenchPostgres = {
  kind: "embedded" | "external";
  url: (database: string) => string;
  createDatabase: (name: string) => Promise<string>;
  stop: () => Promise<void>;
};

async function admin(serverUrl: string, sql: string): Promise<void> {
  const client = new pg.Client(connectionConfig(withDatabase(serverUrl, "postgres")));
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export async function openBenchPostgres(dataDir: string, externalUrl: string | undefined): Promise<BenchPostgres> {
  const created: string[] = [];
  const server = externalUrl ? { url: (db?: string) => withDatabase(externalUrl, db ?? "postgres"), stop: async () => {} } : await startEmbeddedPostgres(dataDir, { quiet: true });
  const url = (database: string) => withDatabase(server.url(), database);
  return {
    kind: externalUrl ? "external" : "embedded",
    url,
    async createDatabase(name) {
      const database = externalUrl ? `${name}_${process.pid}` : name;
      await admin(server.url(), `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin(server.url(), `CREATE DATABASE "${database}"`);
      created.push(database);
      return url(database);
    },
    async stop() {
      if (externalUrl) {
        for (const database of created) await admin(server.url(), `DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`).catch(() => {});
      }
      await server.stop();
    },
  };
}

/** Migrations and the seed with demo content: what `SEED_DEMO=1 npm start` gives a fresh database. */
export async function prepareDemoDatabase(url: string): Promise<void> {
  await migrateDeploy(url, { quiet: true });
  const prisma = createPrismaClient(url, 2);
  try {
    await seed(prisma, { demo: true, demoPassword: DEMO_PASSWORD });
  } finally {
    await prisma.$disconnect();
  }
}

/** Migrations, organisations and staff accounts, no inquiries: the inbox data comes from inboxFillSql. */
export async function prepareEmptyDatabase(url: string): Promise<void> {
  await migrateDeploy(url, { quiet: true });
  const prisma = createPrismaClient(url, 2);
  try {
    await seedOrganisations(prisma);
    await seedDemoAccounts(prisma, DEMO_PASSWORD);
  } finally {
    await prisma.$disconnect();
  }
}

export async function query<T extends pg.QueryResultRow = pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client(connectionConfig(url));
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}
