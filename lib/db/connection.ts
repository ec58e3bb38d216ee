// Parsing and vetting of PostgreSQL connection strings, shared by the app,
// the scripts and the tests.
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
