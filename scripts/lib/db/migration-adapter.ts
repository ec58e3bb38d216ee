// Driver adapter for the Prisma CLI's WebAssembly schema engine, with the two
// upstream adapter-pg 6.x bugs worked around (see docs/decisions/0001).
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { connectionConfig } from "../../../lib/db/connection.ts";

type Fields = { fields?: { dataTypeID: number }[] } | undefined;

// prisma/prisma#27403: the schema engine reads pg_catalog columns of type `name`
// (19) and `"char"` (18), which adapter-pg cannot decode. Report them as text.
const TEXT = 25;
const TEXT_ARRAY = 1009;
const REWRITES: Record<number, number> = { 18: TEXT, 19: TEXT, 1002: TEXT_ARRAY, 1003: TEXT_ARRAY };

function rewriteCatalogTypes<T>(result: T): T {
  for (const field of (result as Fields)?.fields ?? []) {
    field.dataTypeID = REWRITES[field.dataTypeID] ?? field.dataTypeID;
  }
  return result;
}

class CatalogTextClient extends pg.Client {
  // pg's Pool calls query() with a callback; the adapter awaits the promise form.
  override query(...args: unknown[]): never {
    const last = args.at(-1);
    const superQuery = super.query as (...a: unknown[]) => unknown;
    if (typeof last === "function") {
      const callback = last as (err: Error | null, res: unknown) => void;
      return superQuery.call(this, ...args.slice(0, -1), (err: Error | null, res: unknown) =>
        callback(err, err ? res : rewriteCatalogTypes(res)),
      ) as never;
    }
    const result = superQuery.apply(this, args);
    if (result instanceof Promise) return result.then(rewriteCatalogTypes) as never;
    return result as never;
  }
}

type ScriptAdapter = {
  client: { query: (sql: string) => Promise<unknown> };
  executeScript: (script: string) => Promise<void>;
  onError: (error: unknown) => never;
};

/**
 * adapter-pg splits a migration script on every ";" and runs the pieces one by
 * one: dollar-quoted function bodies break, and a failing migration is left half
 * applied. PostgreSQL runs a multi-statement simple query as one implicit
 * transaction, so hand it the whole script instead.
 */
function runScriptsWhole<T extends object>(adapter: T): T {
  const target = adapter as unknown as ScriptAdapter;
  target.executeScript = async (script: string) => {
    try {
      await target.client.query(script);
    } catch (error) {
      target.onError(error);
    }
  };
  return adapter;
}

/**
 * adapter-pg's own shadow database handling loses the password (pg-pool hides it
 * from spreading) and drops the database while its pool is still open. This
 * factory creates the shadow database itself, closes the pool first and then
 * drops the database with FORCE.
 */
class MigrationAdapterFactory extends PrismaPg {
  constructor(private readonly url: string) {
    super({ ...connectionConfig(url), Client: CatalogTextClient, max: 4 });
  }

  override async connect() {
    return runScriptsWhole(await super.connect());
  }

  override async connectToShadowDb() {
    const admin = new pg.Client(connectionConfig(this.url));
    await admin.connect();
    const database = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
    await admin.query(`CREATE DATABASE "${database}"`);
    const shadowFactory = new PrismaPg({ ...connectionConfig(this.url), database, Client: CatalogTextClient, max: 4 });
    const adapter = runScriptsWhole(await shadowFactory.connect());
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
      await admin.end();
    };
    return adapter;
  }
}

export function createMigrationAdapter() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL must be set for the Prisma CLI (scripts/db.ts sets it).");
  return new MigrationAdapterFactory(url);
}
