// CI's dependency check: fails on a known high or critical advisory in the packages
// the portal runs with (dependencies), reports the build and test tools
// (devDependencies) without failing, and says plainly when the registry's audit
// endpoint does not answer, instead of passing silently.
import { spawnSync } from "node:child_process";
import { readAuditOutput } from "./lib/audit-report.ts";
import { root } from "./lib/paths.ts";

function audit(scope: "runtime" | "all") {
  const args = ["audit", "--json", ...(scope === "runtime" ? ["--omit=dev"] : [])];
  const { stdout } = spawnSync("npm", args, { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return readAuditOutput(stdout ?? "");
}

const runtime = audit("runtime");
if (runtime.kind === "unavailable") {
  console.warn(`warning: npm audit could not check for advisories: the registry's audit endpoint did not answer (${runtime.reason}). Dependencies were NOT audited.`);
  process.exit(0);
}
console.log(`npm audit, runtime dependencies: ${JSON.stringify(runtime.counts)}`);
const all = audit("all");
if (all.kind === "report") {
  const devOnly = all.failing.filter((f) => !runtime.failing.some((r) => r.name === f.name));
  for (const f of devOnly) console.warn(`warning: ${f.severity} advisory in a build/test tool ${f.name}: ${f.titles.join("; ")}`);
}
if (runtime.failing.length) {
  for (const f of runtime.failing) console.error(`${f.severity} advisory in ${f.name}: ${f.titles.join("; ") || "(see npm audit)"}`);
  console.error(`npm audit: ${runtime.failing.length} runtime package(s) with high or critical advisories. Update them (npm audit fix --omit=dev) or record why not.`);
  process.exit(1);
}
