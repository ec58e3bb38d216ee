// Applies pending migrations with the Prisma CLI (WebAssembly schema engine).
import { spawn } from "node:child_process";
import path from "node:path";
import { logger } from "../../../lib/log.ts";
import { root } from "../paths.ts";

const prismaCli = path.join(root, "node_modules", "prisma", "build", "index.js");

export async function migrateDeploy(databaseUrl: string, options: { quiet?: boolean } = {}): Promise<void> {
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [prismaCli, "migrate", "deploy"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.on("error", reject);
    child.on("close", resolve);
  });
  const text = output.join("");
  if (code !== 0) throw new Error(`prisma migrate deploy failed (exit ${code}):\n${text}`);
  if (!options.quiet) {
    const applied = text.includes("No pending migrations") ? "no pending migrations" : "migrations applied";
    logger("db").info(applied);
  }
}
