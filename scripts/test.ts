// npm test: the whole suite, in the order that fails fastest.
// typecheck -> lint -> unit -> integration (throwaway PostgreSQL) -> build -> browser tests
// -> fault tests (each breaks a portal of its own: app server, database, SMTP)
// -> several instances on one database, and behind nginx (docs/deployment.md).
// typecheck and lint run side by side (each mostly uses one core); their output is shown
// step by step once both have ended.
import { spawn, type ChildProcess } from "node:child_process";
import { buildIfNeeded } from "./lib/build.ts";
import { root } from "./lib/paths.ts";
import { run } from "./lib/processes.ts";

const bin = (name: string) => `${root}/node_modules/.bin/${name}`;

const children = new Set<ChildProcess>();
process.on("exit", () => children.forEach((child) => child.kill("SIGTERM")));

/** Runs a command with its output kept, to be printed when its step is reported. */
function captured(command: string, args: string[]): Promise<{ ok: boolean; output: string; seconds: number }> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    children.add(child);
    const chunks: Buffer[] = [];
    child.stdout.on("data", (c: Buffer) => chunks.push(c));
    child.stderr.on("data", (c: Buffer) => chunks.push(c));
    const done = (ok: boolean, extra = "") => {
      children.delete(child);
      resolve({ ok, output: Buffer.concat(chunks).toString("utf8") + extra, seconds: (Date.now() - started) / 1000 });
    };
    child.on("error", (error) => done(false, String(error)));
    child.on("close", (code) => done(code === 0));
  });
}

const only = process.argv.slice(2);
const wanted = (name: string) => !only.length || only.includes(name);
const early = {
  typecheck: wanted("typecheck") ? captured(bin("tsc"), ["--noEmit"]) : undefined,
  lint: wanted("lint") ? captured(bin("eslint"), [".", "--max-warnings=0"]) : undefined,
};
/** The step's own seconds: the time it ran, beside the other. */
const fromEarly = (name: keyof typeof early) => async () => {
  const result = await early[name]!;
  process.stdout.write(result.output);
  if (!result.ok) throw new Error(`${name} failed`);
  return result.seconds;
};

// The integration step's database server: INTEGRATION_DATABASE_URL when set (CI: the machine's
// PostgreSQL 15, see .ci/run), else DATABASE_URL's, else a throwaway embedded one.
const integrationEnv = process.env.INTEGRATION_DATABASE_URL ? { ...process.env, DATABASE_URL: process.env.INTEGRATION_DATABASE_URL } : process.env;

const steps: { name: string; action: () => Promise<void | number> }[] = [
  { name: "typecheck", action: fromEarly("typecheck") },
  { name: "lint", action: fromEarly("lint") },
  { name: "unit", action: () => run(bin("vitest"), ["run", "--project", "unit"], { cwd: root }) },
  { name: "integration", action: () => run(bin("vitest"), ["run", "--project", "integration"], { cwd: root, env: integrationEnv }) },
  { name: "build", action: () => buildIfNeeded() },
  { name: "e2e", action: () => run(bin("playwright"), ["test"], { cwd: root }) },
  { name: "resilience", action: () => run(bin("playwright"), ["test", "--config", "playwright.resilience.config.ts"], { cwd: root }) },
  { name: "instances", action: () => run(bin("playwright"), ["test", "--config", "playwright.instances.config.ts"], { cwd: root }) },
];

const results: { name: string; ok: boolean; seconds: number }[] = [];
for (const step of steps) {
  if (!wanted(step.name)) continue;
  const started = Date.now();
  console.log(`\n=== ${step.name} ===`);
  let ok = true;
  let seconds: number | undefined;
  try {
    seconds = (await step.action()) ?? undefined;
  } catch (error) {
    ok = false;
    console.error(`${step.name} failed: ${error instanceof Error ? error.message : error}`);
  }
  results.push({ name: step.name, ok, seconds: seconds ?? (Date.now() - started) / 1000 });
  if (!ok) break;
}

console.log("\n| step | result | seconds |\n|---|---|---|");
for (const r of results) console.log(`| ${r.name} | ${r.ok ? "passed" : "FAILED"} | ${r.seconds.toFixed(1)} |`);
const failed = results.filter((r) => !r.ok).length;
console.log(`\n${results.length - failed} passed, ${failed} failed, in ${Math.round(performance.now() / 1000)} s (typecheck and lint side by side)`);
process.exit(failed ? 1 : 0);
