// CI's smoke test on another Node.js than the main run's (the machine's own, e.g.
// Debian's Node 20): `npm start` on a fresh data folder must answer 200 on
// /api/health and serve a cached public page through the route cache handler (the
// file that once failed to load without native TypeScript support) and an event's
// calendar file (ical-generator, whose authors name Node 22+), all within a time
// limit, and log no error (its background jobs, pg-boss among them, start without
// one); then everything it started must be gone.
// Usage: node --import tsx scripts/smoke-start.ts   (SMOKE_PORT, default 3148; SMOKE_LIMIT_SECONDS, default 180)
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { referencesScript } from "../lib/security/plain-html.ts";
import { root } from "./lib/paths.ts";
import { isRunning, spawnGroup } from "./lib/processes.ts";

const PORT = Number(process.env.SMOKE_PORT ?? 3148);
// Includes the build when there is none yet (CI removes it, so that this Node.js builds too).
const LIMIT_MS = Number(process.env.SMOKE_LIMIT_SECONDS ?? 180) * 1000;
const base = `http://127.0.0.1:${PORT}`;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-smoke-"));
fs.chmodSync(dataDir, 0o755); // as root, the embedded PostgreSQL runs as "postgres"

const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== "DATABASE_URL"));
const npm = spawnGroup("npm", ["start"], { cwd: root, stdio: ["ignore", "pipe", "pipe"], env: { ...env, NODE_ENV: "production", SEED_DEMO: "1", LOG_FORMAT: "json", PORT: String(PORT), DATA_DIR: dataDir } });
// Shown as it comes, and kept: every log line is JSON (lib/log.ts), so errors can be counted.
const output: string[] = [];
npm.stdout?.on("data", (chunk: Buffer) => (output.push(chunk.toString()), process.stdout.write(chunk)));
npm.stderr?.on("data", (chunk: Buffer) => (output.push(chunk.toString()), process.stderr.write(chunk)));
function loggedErrors(): string[] {
  return output
    .join("")
    .split("\n")
    .flatMap((line) => {
      try {
        const entry = JSON.parse(line) as { level?: string; component?: string; msg?: string; error?: string };
        return entry.level === "error" || entry.level === "fatal" ? [`[${entry.component}] ${entry.msg}${entry.error ? `: ${entry.error}` : ""}`] : [];
      } catch {
        return [];
      }
    });
}

async function status(url: string): Promise<Response | undefined> {
  try {
    return await fetch(url, { signal: AbortSignal.timeout(5_000) });
  } catch {
    return undefined;
  }
}

let failure: string | undefined;
const started = Date.now();
try {
  while (!(await status(`${base}/api/health`))?.ok) {
    if (!isRunning(npm)) throw new Error(`npm start exited (${npm.exitCode ?? npm.signalCode}) before /api/health answered 200`);
    if (Date.now() - started > LIMIT_MS) throw new Error(`/api/health did not answer 200 within ${LIMIT_MS / 1000} s`);
    await new Promise((r) => setTimeout(r, 500));
  }
  const page = await status(`${base}/de/municipalities`);
  if (page?.status !== 200) throw new Error(`/de/municipalities answered ${page?.status ?? "nothing"}`);
  // Only the route cache handler stores a content page without Next's scripts and gives it a
  // policy without a per-request nonce (decision 0026); a page rendered without it has both.
  const policy = page.headers.get("content-security-policy") ?? "";
  if (policy.includes("'nonce-") || referencesScript(await page.text())) throw new Error("the cached page still carries scripts or a per-request nonce: the route cache handler did not run");
  const events = await (await status(`${base}/de/events`))?.text();
  const ics = events && /href="([^"]+\.ics)"/.exec(events)?.[1];
  if (!ics) throw new Error("/de/events links no calendar file (demo events missing?)");
  const calendar = await status(new URL(ics, base).href);
  if (calendar?.status !== 200 || !(await calendar.text()).startsWith("BEGIN:VCALENDAR")) throw new Error(`${ics} answered ${calendar?.status ?? "nothing"} without a calendar`);
  // The background jobs start beside the first requests; give them time to fail, if they do.
  await new Promise((r) => setTimeout(r, 5_000));
  const errors = loggedErrors();
  if (errors.length) throw new Error(`npm start logged ${errors.length} error(s): ${errors.join("; ")}`);
  console.log(`[smoke] Node ${process.versions.node}: healthy, serving cached pages and calendar files, no error logged, after ${((Date.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  failure = error instanceof Error ? error.message : String(error);
}

// Stopped as Ctrl-C stops it: SIGINT to the whole foreground group.
const groupAlive = () => {
  try {
    process.kill(-npm.pid!, 0);
    return true;
  } catch {
    return false;
  }
};
process.kill(-npm.pid!, "SIGINT");
const stopBy = Date.now() + 30_000;
while (groupAlive() && Date.now() < stopBy) await new Promise((r) => setTimeout(r, 100));
if (groupAlive()) {
  failure ??= "npm start did not stop within 30 s of Ctrl-C";
  process.kill(-npm.pid!, "SIGKILL");
}

// Nothing may outlive it: no process of its group, no server on its port, no
// PostgreSQL on its data folder.
const postmaster = path.join(dataDir, "postgres", "postmaster.pid");
// The server leaves within a second of its supervisor (lib/server/supervision.ts);
// nothing may listen on its port after that.
const answers = () =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(PORT, "127.0.0.1");
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });
const quietBy = Date.now() + 10_000;
while (Date.now() < quietBy && (await answers())) await new Promise((r) => setTimeout(r, 250));
if (await answers()) failure ??= `something still answers on port ${PORT}`;
else if (fs.existsSync(postmaster)) failure ??= "the embedded PostgreSQL did not shut down (postmaster.pid remains)";
fs.rmSync(dataDir, { recursive: true, force: true });
if (failure) {
  console.error(`[smoke] FAILED on Node ${process.versions.node}: ${failure}`);
  process.exit(1);
}
console.log("[smoke] stopped; no process left behind");
