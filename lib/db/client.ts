// The one Prisma client of a process. Kept on globalThis so that Next's hot
// reload in development does not open a new pool on every change.
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client.ts";
import { env } from "../env.ts";
import { connectionConfig, createPool } from "./connection.ts";

const holder = globalThis as unknown as { portalPrisma?: PrismaClient; portalPools?: WeakMap<PrismaClient, pg.Pool> };

/**
 * The connection pool under each client made here, for `sql`. On globalThis like
 * the client: Next.js may bundle this module into several chunks of one process.
 */
const pools = (holder.portalPools ??= new WeakMap());

/** A client of its own, for scripts and tests that bring their own database. */
export function createPrismaClient(url: string, poolSize = env.DATABASE_POOL_SIZE): PrismaClient {
  const pool = createPool("db", {
    ...connectionConfig(url),
    max: poolSize,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  // The adapter owns the pool: $disconnect ends it.
  const client = new PrismaClient({ adapter: new PrismaPg(pool, { disposeExternalPool: true }) });
  pools.set(client, pool);
  return client;
}

/**
 * Plain SQL on a client's own connection pool, for the few statements on the
 * hottest path (sending an inquiry, reading its draft): there Prisma's work per
 * query, about 0.2 ms of CPU for a raw query and 0.5 ms for a model query, was
 * most of the cost (decision 0010). `name` makes it a prepared statement, parsed
 * and planned once per connection; its text must never change. Values are
 * parameters, never spliced into the text. Rows come as pg parses them (uuid and
 * numeric as strings, timestamps as Dates, arrays and JSON as values). Transaction
 * clients and clients made elsewhere run the same text through Prisma instead.
 */
export async function sql<Row>(prisma: PrismaClient | object, statement: { name?: string; text: string }, values: unknown[] = []): Promise<Row[]> {
  const pool = pools.get(prisma as PrismaClient);
  if (pool) return (await pool.query<Row & pg.QueryResultRow>({ ...statement, values })).rows;
  return (prisma as PrismaClient).$queryRawUnsafe<Row[]>(statement.text, ...values);
}

function createClient(): PrismaClient {
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set. Start the portal with `npm start`, which provides a database.");
  }
  return createPrismaClient(env.DATABASE_URL);
}

/** Created lazily, so that importing a module never opens a connection. */
export function db(): PrismaClient {
  holder.portalPrisma ??= createClient();
  return holder.portalPrisma;
}

export async function disconnectDb(): Promise<void> {
  await holder.portalPrisma?.$disconnect();
  holder.portalPrisma = undefined;
}
