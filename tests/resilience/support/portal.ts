// A real portal for fault tests: `scripts/start.ts` (embedded PostgreSQL + Next.js)
// on its own port and data folder, with handles on the processes the tests break.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

const root = path.resolve(import.meta.dirname, "../../..");

export type PortalOptions = { port: number; dataDir?: string; env?: Record<string, string> };

export class Portal {
  readonly baseURL: string;
  private log: string[] = [];

  private constructor(
    readonly dataDir: string,
    readonly port: number,
    private readonly supervisor: ChildProcess,
    readonly exited: Promise<number | null>,
  ) {
    this.baseURL = `http://127.0.0.1:${port}`;
  }

  /** Starts the portal and waits until /api/health answers 200. */
  static async start(options: PortalOptions): Promise<Portal> {
    const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "portal-resilience-"));
    // As root, embedded PostgreSQL runs as "postgres", who must reach the folder.
    fs.chmodSync(dataDir, 0o755);
    const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== "DATABASE_URL"));
    const supervisor = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
      cwd: root,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...env,
        NODE_ENV: "production",
        PORT: String(options.port),
        DATA_DIR: dataDir,
        PUBLIC_BASE_URL: `http://127.0.0.1:${options.port}`,
        ...options.env,
      },
    });
    const exited = new Promise<number | null>((resolve) => supervisor.once("exit", (code) => resolve(code)));
    const portal = new Portal(dataDir, options.port, supervisor, exited);
    for (const stream of [supervisor.stdout, supervisor.stderr]) {
      stream?.setEncoding("utf8").on("data", (chunk: string) => portal.log.push(chunk));
    }
    try {
      await portal.waitFor(200, 180_000);
    } catch (error) {
      await portal.stop(); // a portal that did not come up must not stay behind
      throw error;
    }
    return portal;
  }

  /** What the supervisor and the server printed (for assertions and failure reports). */
  output(): string {
    return this.log.join("");
  }

  async health(): Promise<number> {
    try {
      return (await fetch(`${this.baseURL}/api/health`, { signal: AbortSignal.timeout(5_000) })).status;
    } catch {
      return 0;
    }
  }

  /** Polls /api/health until it answers `status`; fails after `timeoutMs` or when the portal exits. */
  async waitFor(status: number, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    let exited = false;
    void this.exited.then(() => (exited = true));
    let last = 0;
    while (Date.now() < deadline && !exited) {
      last = await this.health();
      if (last === status) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`/api/health answered ${last}, not ${status}${exited ? " (the portal exited)" : ""}:\n${this.output().slice(-3000)}`);
  }

  /** The Next.js server process (a child of the supervisor). */
  serverPid(): number {
    const children = execFileSync("ps", ["-o", "pid=,args=", "--ppid", String(this.supervisor.pid)], { encoding: "utf8" });
    const line = children.split("\n").find((l) => /next(-server| start)|next\/dist\/bin\/next/.test(l));
    if (!line) throw new Error(`no Next.js server among the supervisor's children:\n${children}`);
    return Number(line.trim().split(/\s+/)[0]);
  }

  /** The embedded PostgreSQL's postmaster. */
  postmasterPid(): number {
    return Number(fs.readFileSync(path.join(this.dataDir, "postgres", "postmaster.pid"), "utf8").split("\n")[0]);
  }

  /** The port and credentials of the embedded PostgreSQL, as the supervisor recorded them. */
  database(): { port: number; user: string; password: string } {
    const read = (file: string) => JSON.parse(fs.readFileSync(path.join(this.dataDir, file), "utf8"));
    const { user, password } = read("postgres-credentials.json");
    return { port: read("postgres-owner.json").port, user, password };
  }

  /** Runs one query against the portal's database. */
  async query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
    const { port, user, password } = this.database();
    const client = new pg.Client({ host: "127.0.0.1", port, user, password, database: "portal" });
    await client.connect();
    try {
      return (await client.query<T>(sql, params)).rows;
    } finally {
      await client.end();
    }
  }

  /** SIGTERM to the supervisor, which stops Next.js and PostgreSQL; SIGKILL after 30 s. */
  async stop(): Promise<void> {
    if (this.supervisor.exitCode !== null || this.supervisor.signalCode !== null) return;
    this.supervisor.kill("SIGTERM");
    const timer = setTimeout(() => {
      try {
        process.kill(-this.supervisor.pid!, "SIGKILL");
      } catch {
        // gone
      }
    }, 30_000);
    await this.exited;
    clearTimeout(timer);
  }

  /** Stops the portal and deletes its data folder. */
  async destroy(): Promise<void> {
    await this.stop();
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }
}
