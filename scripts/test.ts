// npm test: the whole suite, in the order that fails fastest.
// typecheck -> lint -> unit -> integration (throwaway PostgreSQL) -> build -> browser tests
// -> fault tests (each breaks a portal of its own: app server, database, SMTP)
// -> several instances on one database, and behind nginx (docs/deployment.md).
import { buildIfNeeded } from "./lib/build.ts";
import { root } from "./lib/paths.ts";
import { run } from "./lib/processes.ts";

const bin = (name: string) => `${root}/node_modules/.bin/${name}`;

const steps: { name: string; action: () => Promise<void> }[] = [
  { name: "typecheck", action: () => run(bin("tsc"), ["--noEmit"], { cwd: root }) },
  { name: "lint", action: () => run(bin("eslint"), [".", "--max-warnings=0"], { cwd: root }) },
  { name: "unit", action: () => run(bin("vitest"), ["run", "--project", "unit"], { cwd: root }) },
  { name: "integration", action: () => run(bin("vitest"), ["run", "--project", "integration"], { cwd: root }) },
  { name: "build", action: () => buildIfNeeded() },
  { name: "e2e", action: () => run(bin("playwright"), ["test"], { cwd: root }) },
  { name: "resilience", action: () => run(bin("playwright"), ["test", "--config", "playwright.resilience.config.ts"], { cwd: root }) },
  { name: "instances", action: () => run(bin("playwright"), ["test", "--config", "playwright.instances.config.ts"], { cwd: root }) },
];

const only = process.argv.slice(2);
const results: { name: string; ok: boolean; seconds: number }[] = [];
for (const step of steps) {
  if (only.length && !only.includes(step.name)) continue;
  const started = Date.now();
  console.log(`\n=== ${step.name} ===`);
  let ok = true;
  try {
    await step.action();
  } catch (error) {
    ok = false;
    console.error(`${step.name} failed: ${error instanceof Error ? error.message : error}`);
  }
  results.push({ name: step.name, ok, seconds: (Date.now() - started) / 1000 });
  if (!ok) break;
}

console.log("\n| step | result | seconds |\n|---|---|---|");
for (const r of results) console.log(`| ${r.name} | ${r.ok ? "passed" : "FAILED"} | ${r.seconds.toFixed(1)} |`);
const failed = results.filter((r) => !r.ok).length;
console.log(`\n${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
