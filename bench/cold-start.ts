// Figure 5: seconds from `npm start` (node --import tsx scripts/start.ts) on the
// built tree with an empty data folder to the first 200 from /api/health.
import fs from "node:fs";
import path from "node:path";
import { root } from "../scripts/lib/paths.ts";
import { isRunning, spawnGroup, stopGroup } from "../scripts/lib/processes.ts";
import type { Context, PhaseResult } from "./context.ts";
import { waitForStatus } from "./http.ts";
import { fmt } from "./stats.ts";

export async function coldStart(ctx: Context): Promise<PhaseResult> {
  const dataDir = fs.mkdtempSync(path.join(ctx.tmpDir, "cold-start-"));
  fs.chmodSync(dataDir, 0o755); // the embedded PostgreSQL's own user must reach it when run as root
  const port = await ctx.port();
  const log = fs.openSync(path.join(ctx.logDir, "cold-start.log"), "a");
  const environment: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), DATA_DIR: dataDir, NEXT_TELEMETRY_DISABLED: "1" };
  delete environment.DATABASE_URL;
  const started = performance.now();
  const child = spawnGroup(process.execPath, ["--import", "tsx", "scripts/start.ts"], { cwd: root, env: environment, stdio: ["ignore", log, log] });
  try {
    await waitForStatus(`http://127.0.0.1:${port}/api/health`, 180_000, () => isRunning(child));
    const seconds = (performance.now() - started) / 1000;
    return {
      rows: [{ figure: "5. cold start: npm start, empty data dir → first 200 on /api/health", value: `${fmt(seconds, 1)} s`, ceiling: "–", ratio: "–", target: "(reported)", verdict: "pass", note: "built tree; includes PostgreSQL initdb, migrations, seed" }],
      data: { seconds },
    };
  } finally {
    await stopGroup(child, 15_000);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
