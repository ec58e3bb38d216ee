// Builds the app when the sources changed since the last build.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { logger } from "../../lib/log.ts";
import { buildAssets } from "../build-assets.ts";
import { run } from "./processes.ts";
import { nextBin, prismaBin, root } from "./paths.ts";

const SOURCES = ["app", "components", "lib", "messages", "public", "prisma/schema.prisma", "proxy.ts", "instrumentation.ts", "next.config.ts", "postcss.config.mjs", "package-lock.json", "global.d.ts"];
const SKIP = new Set(["generated", "node_modules"]);
const fingerprintFile = path.join(root, ".next", "portal-sources.sha256");

function* files(entry: string): Generator<string> {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return;
  if (fs.statSync(full).isFile()) {
    yield entry;
    return;
  }
  for (const child of fs.readdirSync(full, { withFileTypes: true })) {
    if (SKIP.has(child.name)) continue;
    yield* files(path.join(entry, child.name));
  }
}

export function sourceFingerprint(): string {
  const hash = createHash("sha256");
  for (const entry of SOURCES) {
    for (const file of files(entry)) {
      hash.update(file);
      hash.update(fs.readFileSync(path.join(root, file)));
    }
  }
  return hash.digest("hex");
}

export function isBuildCurrent(): boolean {
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID"))) return false;
  return fs.existsSync(fingerprintFile) && fs.readFileSync(fingerprintFile, "utf8") === sourceFingerprint();
}

export async function build(): Promise<void> {
  const env = { ...process.env, DATABASE_URL: process.env.DATABASE_URL ?? "postgresql://localhost:5432/unused", NEXT_TELEMETRY_DISABLED: "1" };
  // Taken before building: a file edited during the build makes the next start build again.
  const fingerprint = sourceFingerprint();
  await run(process.execPath, [prismaBin, "generate"], { cwd: root, env, stdio: ["ignore", "ignore", "inherit"] });
  await buildAssets();
  await run(process.execPath, [nextBin, "build"], { cwd: root, env });
  fs.writeFileSync(fingerprintFile, fingerprint);
}

export async function buildIfNeeded(): Promise<void> {
  if (isBuildCurrent()) return;
  logger("build").info("sources changed since the last build: building (takes a minute or two)");
  await build();
}
