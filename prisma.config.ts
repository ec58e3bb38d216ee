// Prisma CLI configuration: the WebAssembly schema engine talks to PostgreSQL
// through the pg driver adapter (see docs/decisions/0001-prisma-6-wasm-engine.md).
// Keep this file free of side effects at import time: npm's postinstall loads it.
import path from "node:path";
import { defineConfig } from "prisma/config";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    const { createMigrationAdapter } = await import("./scripts/lib/db/migration-adapter.ts");
    return createMigrationAdapter();
  },
});
