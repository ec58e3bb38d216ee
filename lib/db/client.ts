// The one Prisma client of a process. Kept on globalThis so that Next's hot
// reload in development does not open a new pool on every change.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client.ts";
import { env } from "../env.ts";
import { connectionConfig } from "./connection.ts";

/** A client of its own, for scripts and tests that bring their own database. */
export function createPrismaClient(url: string, poolSize = env.DATABASE_POOL_SIZE): PrismaClient {
  const adapter = new PrismaPg({
    ...connectionConfig(url),
    max: poolSize,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  return new PrismaClient({ adapter });
}

function createClient(): PrismaClient {
  if (!env.DATABASE_URL) {
    throw new Error("DATABASE_URL is not set. Start the portal with `npm start`, which provides a database.");
  }
  return createPrismaClient(env.DATABASE_URL);
}

const holder = globalThis as unknown as { portalPrisma?: PrismaClient };

/** Created lazily, so that importing a module never opens a connection. */
export function db(): PrismaClient {
  holder.portalPrisma ??= createClient();
  return holder.portalPrisma;
}

export async function disconnectDb(): Promise<void> {
  await holder.portalPrisma?.$disconnect();
  holder.portalPrisma = undefined;
}
