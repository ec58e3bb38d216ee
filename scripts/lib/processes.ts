// Child processes that must not outlive the script that started them.
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import { logger } from "../../lib/log.ts";

/** Starts a child in its own process group, so that stopping it reaches its children too. */
export function spawnGroup(command: string, args: string[], options: SpawnOptions = {}): ChildProcess {
  return spawn(command, args, { stdio: "inherit", ...options, detached: true });
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

export function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

/** SIGTERM, then SIGKILL after the grace period. */
export async function stopGroup(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (!isRunning(child)) {
    signalGroup(child, "SIGKILL"); // grandchildren of an exited child
    return;
  }
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  signalGroup(child, "SIGTERM");
  const timer = setTimeout(() => signalGroup(child, "SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
  signalGroup(child, "SIGKILL");
}

/** Runs a command to completion; rejects on a non-zero exit. */
export async function run(command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  const child = spawnGroup(command, args, options);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (c, signal) => resolve(signal ? 128 : c));
  });
  if (code !== 0) throw new Error(`${[command, ...args].join(" ")} exited with ${code}`);
}

type Cleanup = () => Promise<void>;

/**
 * Runs the cleanups once on every way out: normal end, Ctrl-C, SIGTERM, SIGHUP,
 * an uncaught error. Returns a function that ends the process after cleaning up.
 */
export function onExit(cleanup: Cleanup): (code: number) => Promise<never> {
  let exiting: Promise<never> | undefined;
  const exit = (code: number): Promise<never> => {
    exiting ??= (async () => {
      try {
        await cleanup();
      } catch (error) {
        logger("process").error({ err: error }, "cleanup failed");
      }
      process.exit(code);
    })();
    return exiting;
  };
  process.on("SIGINT", () => void exit(130));
  process.on("SIGTERM", () => void exit(143));
  process.on("SIGHUP", () => void exit(129));
  process.on("uncaughtException", (error) => {
    logger("process").fatal({ err: error }, "uncaught exception");
    void exit(1);
  });
  process.on("unhandledRejection", (error) => {
    logger("process").fatal({ err: error }, "unhandled rejection");
    void exit(1);
  });
  // `kill -TERM` of `npm start` ends npm and its shell without passing the signal
  // on; this process then finds itself with a new parent and shuts down too.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void exit(129);
  }, 500).unref();
  return exit;
}
