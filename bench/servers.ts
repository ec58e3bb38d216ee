// The servers a bench run starts: the portal's next-server, the bare Next.js
// app, a plain node:http server. Each in its own process group, logs in files.
import type { ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { nextBin, root } from "../scripts/lib/paths.ts";
import { isRunning, run, spawnGroup, stopGroup } from "../scripts/lib/processes.ts";
import { waitForStatus } from "./http.ts";
import { inspectArgs } from "./profile.ts";

export const bareNextDir = path.join(root, "bench", "bare-next");

/** Portal files the bare app imports (its build must follow them). */
const BARE_SHARED_SOURCES = ["lib/inquiries/submission-statements.ts", "lib/security/rate-limit-store.ts"];

/** `inspectPort`: the V8 inspector's port when the bench profiles (bench/profile.ts). */
export type Server = { origin: string; child: ChildProcess; stop: () => Promise<void>; inspectPort?: number };

function logStream(logDir: string, name: string): number {
  return fs.openSync(path.join(logDir, `${name}.log`), "a");
}

async function startAndWait(name: string, child: ChildProcess, origin: string, readyPath: string, timeoutMs: number, inspectPort?: number): Promise<Server> {
  const server = { origin, child, stop: () => stopGroup(child, 5_000), inspectPort };
  try {
    await waitForStatus(origin + readyPath, timeoutMs, () => isRunning(child));
  } catch (error) {
    await server.stop();
    throw new Error(`${name}: ${(error as Error).message}`);
  }
  return server;
}

/** Settings every portal server of the bench gets; the rate limit is raised so that the submission run is not refused. */
export const PORTAL_BENCH_ENV = { INQUIRY_RATE_LIMIT_PER_HOUR: "10000", INQUIRY_STATUS_RATE_LIMIT_PER_HOUR: "10000" } as const;

/** `next start` of the built portal against `databaseUrl` (as scripts/start.ts runs it, without the supervisor). */
export function startPortal(options: { port: number; databaseUrl: string; logDir: string; name: string; env?: Record<string, string>; inspectPort?: number }): Promise<Server> {
  const origin = `http://127.0.0.1:${options.port}`;
  const log = logStream(options.logDir, options.name);
  const child = spawnGroup(process.execPath, [...inspectArgs(options.inspectPort), nextBin, "start", "--port", String(options.port), "--hostname", "127.0.0.1"], {
    cwd: root,
    stdio: ["ignore", log, log],
    env: {
      ...process.env,
      ...PORTAL_BENCH_ENV,
      NODE_ENV: "production",
      DATABASE_URL: options.databaseUrl,
      AUTH_SECRET: randomBytes(32).toString("base64url"),
      PUBLIC_BASE_URL: origin,
      NEXT_TELEMETRY_DISABLED: "1",
      SMTP_URL: "",
      ...options.env,
    },
  });
  return startAndWait(options.name, child, origin, "/api/health", 90_000, options.inspectPort);
}

function bareFingerprint(): string {
  const hash = createHash("sha256");
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name === ".next" || entry.name === "node_modules") continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(path.relative(bareNextDir, full)).update(fs.readFileSync(full));
    }
  };
  walk(bareNextDir);
  // The same-writes handler runs the portal's own statements.
  for (const shared of BARE_SHARED_SOURCES) hash.update(shared).update(fs.readFileSync(path.join(root, shared)));
  hash.update(JSON.parse(fs.readFileSync(path.join(root, "node_modules", "next", "package.json"), "utf8")).version);
  return hash.digest("hex");
}

/** Builds bench/bare-next with the root's `next` when its sources or the Next version changed. */
export async function buildBareNextIfNeeded(logDir: string): Promise<void> {
  const marker = path.join(bareNextDir, ".next", "bench-sources.sha256");
  const fingerprint = bareFingerprint();
  if (fs.existsSync(path.join(bareNextDir, ".next", "BUILD_ID")) && fs.existsSync(marker) && fs.readFileSync(marker, "utf8") === fingerprint) return;
  console.log("[bench] building the bare Next.js app (bench/bare-next)");
  const log = logStream(logDir, "bare-next-build");
  await run(process.execPath, [nextBin, "build", bareNextDir], { cwd: root, stdio: ["ignore", log, log], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  fs.writeFileSync(marker, fingerprint);
}

/**
 * `proseDir`: where the /prose pages find their word lists (see bench/bare-next/app/prose);
 * `submissionFile`: the values the same-writes handler stores (bench/bare-next/app/api/submit).
 */
export function startBareNext(options: { port: number; databaseUrl: string; logDir: string; proseDir?: string; submissionFile?: string; inspectPort?: number }): Promise<Server> {
  const origin = `http://127.0.0.1:${options.port}`;
  const log = logStream(options.logDir, "bare-next");
  const child = spawnGroup(process.execPath, [...inspectArgs(options.inspectPort), nextBin, "start", bareNextDir, "--port", String(options.port), "--hostname", "127.0.0.1"], {
    cwd: root,
    stdio: ["ignore", log, log],
    env: { ...process.env, NODE_ENV: "production", DATABASE_URL: options.databaseUrl, NEXT_TELEMETRY_DISABLED: "1", ...(options.proseDir ? { BENCH_PROSE_DIR: options.proseDir } : {}), ...(options.submissionFile ? { BENCH_SUBMISSION_FILE: options.submissionFile } : {}) },
  });
  return startAndWait("bare Next.js", child, origin, "/pad/0", 60_000, options.inspectPort);
}

/** The machine's ceiling: node:http answering every request with the same bytes. */
export function startPlainHttp(options: { port: number; bodyFile: string; logDir: string }): Promise<Server> {
  const origin = `http://127.0.0.1:${options.port}`;
  const code = `
    const body = require("node:fs").readFileSync(process.argv[1]);
    require("node:http").createServer((req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "content-length": body.length });
      res.end(body);
    }).listen(Number(process.argv[2]), "127.0.0.1");`;
  const log = logStream(options.logDir, "plain-http");
  const child = spawnGroup(process.execPath, ["-e", code, options.bodyFile, String(options.port)], { stdio: ["ignore", log, log] });
  return startAndWait("node:http", child, origin, "/", 15_000);
}
