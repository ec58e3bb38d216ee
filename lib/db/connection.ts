// Parsing and vetting of PostgreSQL connection strings, shared by the app,
// the scripts and the tests.
import pg from "pg";
import { parse } from "pg-connection-string";

export type ConnectionConfig = {
  host: string;
  port: number;
  user?: string;
  password?: string;
  database: string;
};

/** Discrete pg fields; pg lets `connectionString` win over `database`, so we never pass it. */
export function connectionConfig(url: string): ConnectionConfig {
  const parsed = parse(url);
  return {
    host: parsed.host ?? "127.0.0.1",
    port: parsed.port ? Number(parsed.port) : 5432,
    user: parsed.user ?? undefined,
    password: parsed.password ?? undefined,
    database: parsed.database ?? "postgres",
  };
}

/**
 * A pg pool that survives losing an idle connection (a database restart, an
 * administrator's terminate). pg reports that as an "error" event on the pool,
 * and an error event nobody listens to ends the process (or, under Next.js, is
 * logged with the client attached, connection settings included). The pool has
 * already dropped the broken client; the next query opens a new one.
 */
export function createPool(label: string, config: pg.PoolConfig): pg.Pool {
  const pool = new pg.Pool(config);
  // The logger is loaded on first use: this module is imported before the environment is final (tests set DATABASE_URL after it).
  pool.on("error", (error) => void import("../log.ts").then(({ errorText, logger }) => logger("db").error({ pool: label, error: errorText(error) }, "idle database connection lost")));
  return pool;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "::1", "[::1]"]);

export function isLocalDatabase(url: string): boolean {
  const host = connectionConfig(url).host;
  return LOCAL_HOSTS.has(host) || host.startsWith("/");
}
