// npm run bench [-- --short] [-- --only=public,submit,instances,inbox,cold,lighthouse]
// Loopback-only performance figures, each beside a ceiling measured in the same
// run on the same machine: prints a markdown table and writes JSON to
// bench/results/. Exits non-zero only on correctness problems (errors, lost or
// duplicated submissions, a phase that failed), never because a ratio missed
// its target on a noisy machine.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../scripts/lib/db/embedded.ts";
import { coldStart } from "./cold-start.ts";
import { BUDGETS, type Context, type Mode, type PhaseResult } from "./context.ts";
import { openBenchPostgres, prepareDemoDatabase, type BenchPostgres } from "./database.ts";
import { inbox } from "./inbox.ts";
import { instances } from "./instances.ts";
import { lighthousePages } from "./lighthouse.ts";
import { stopAllLoads } from "./load.ts";
import { publicPages } from "./public-pages.ts";
import { buildBareNextIfNeeded, type Server } from "./servers.ts";
import { reportTable, type Row } from "./stats.ts";
import { submissions } from "./submissions.ts";
import { buildIfNeeded } from "../scripts/lib/build.ts";
import { root } from "../scripts/lib/paths.ts";
import { onExit } from "../scripts/lib/processes.ts";

const mode: Mode = process.argv.includes("--short") ? "short" : "full";
const only = process.argv.find((a) => a.startsWith("--only="))?.slice(7).split(",");
const budget = BUDGETS[mode];

const PHASES: { id: string; name: string; limitMs: Record<Mode, number>; run: (ctx: Context) => Promise<PhaseResult> }[] = [
  { id: "public", name: "public pages and page weight", limitMs: { full: 240_000, short: 90_000 }, run: publicPages },
  { id: "submit", name: "submissions", limitMs: { full: 180_000, short: 120_000 }, run: submissions },
  { id: "instances", name: "two instances against one behind nginx", limitMs: { full: 240_000, short: 120_000 }, run: instances },
  { id: "inbox", name: "staff inbox", limitMs: { full: 420_000, short: 180_000 }, run: inbox },
  { id: "lighthouse", name: "Lighthouse on a phone", limitMs: { full: 600_000, short: 90_000 }, run: lighthousePages },
  { id: "cold", name: "cold start", limitMs: { full: 200_000, short: 200_000 }, run: coldStart },
];

const servers = new Set<Server>();
const tmpDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-bench-"));
// Run as root, the embedded PostgreSQL drops to a user of its own, which must reach its folder.
fs.chmodSync(tmpDir, 0o755);
const logDir = path.join(tmpDir, "logs");
fs.mkdirSync(logDir);
const opened: { postgres?: BenchPostgres } = {};

async function cleanup() {
  await Promise.all([...servers].map((s) => s.stop()));
  await opened.postgres?.stop();
  // Server logs stay for a failed run's post-mortem; databases and data folders never do.
  for (const entry of fs.readdirSync(tmpDir)) if (!process.exitCode || entry !== "logs") fs.rmSync(path.join(tmpDir, entry), { recursive: true, force: true });
  if (process.exitCode) console.error(`[bench] server logs kept in ${logDir}`);
  else fs.rmSync(tmpDir, { recursive: true, force: true });
}
const exit = onExit(cleanup);

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms)));
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const started = Date.now();
console.log(`[bench] ${mode} mode${mode === "short" ? " (smaller counts, shorter runs: not for the README)" : ""}; machine: ${os.cpus().length} CPUs, ${Math.round(os.totalmem() / 2 ** 30)} GiB`);
await buildIfNeeded();
await buildBareNextIfNeeded(logDir);
const postgres = (opened.postgres = await openBenchPostgres(path.join(tmpDir, "postgres"), process.env.BENCH_POSTGRES_URL));
const demoDatabaseUrl = await postgres.createDatabase("bench_portal");
await prepareDemoDatabase(demoDatabaseUrl);

const basePort = Number(process.env.BENCH_PORT_BASE ?? 0);
let portOffset = 0;
const ctx: Context = {
  mode,
  budget,
  postgres,
  demoDatabaseUrl,
  logDir,
  tmpDir,
  port: async () => (basePort ? basePort + portOffset++ : freePort()),
  track: (server) => {
    servers.add(server);
    server.child.once("exit", () => servers.delete(server));
    return server;
  },
};

const rows: Row[] = [];
const data: Record<string, unknown> = {};
for (const phase of PHASES) {
  if (only && !only.includes(phase.id)) continue;
  const phaseStarted = Date.now();
  console.log(`[bench] ${phase.name}…`);
  try {
    const result = await withTimeout(phase.run(ctx), phase.limitMs[mode], phase.name);
    rows.push(...result.rows);
    data[phase.id] = { ...result.data, seconds: (Date.now() - phaseStarted) / 1000 };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`[bench] ${phase.name} failed: ${message}`);
    rows.push({ figure: phase.name, value: "failed", ceiling: "–", ratio: "–", target: "–", verdict: "FAIL", note: message });
    data[phase.id] = { error: message };
  }
  // A phase that timed out may have left load and servers behind; the next one starts clean.
  stopAllLoads();
  await Promise.all([...servers].map((s) => s.stop()));
}

const table = reportTable(rows);
const failed = rows.filter((r) => r.verdict === "FAIL").length;
const missed = rows.filter((r) => r.verdict === "miss").length;
console.log(`\n## npm run bench (${mode}), ${new Date().toISOString()}\n`);
console.log(table);
console.log(`\n${failed ? `${failed} correctness failure(s)` : "no correctness failures"}; ${missed} target(s) missed${missed ? " (reported, not failed: absolute figures drift on a shared machine)" : ""}.`);

const resultsDir = path.join(root, "bench", "results");
fs.mkdirSync(resultsDir, { recursive: true });
// Only complete full runs are named "-full": the one the README quotes is committed, the others are ignored.
const label = only ? `${mode}-only-${only.join("+")}` : mode;
const file = path.join(resultsDir, `${new Date().toISOString().replaceAll(":", "-").replace(/\.\d+Z$/, "Z")}-${label}.json`);
const machine = { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGiB: Math.round(os.totalmem() / 2 ** 30), loadAverage: os.loadavg(), node: process.version, platform: `${os.platform()} ${os.release()}` };
fs.writeFileSync(file, JSON.stringify({ mode, date: new Date().toISOString(), seconds: (Date.now() - started) / 1000, machine, database: postgres.kind, budget, rows, data }, null, 2) + "\n");
console.log(`[bench] ${path.relative(root, file)} (${Math.round((Date.now() - started) / 1000)} s)`);
process.exitCode = failed ? 1 : 0;
await exit(process.exitCode);
