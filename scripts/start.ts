// npm start: database (embedded unless DATABASE_URL is set), migrations, seed,
// build when the sources changed, then the Next.js server. Everything it
// started stops with it, whichever way it ends.
import type { ChildProcess } from "node:child_process";
import { env, publicBaseUrl } from "../lib/env.ts";
import { buildIfNeeded } from "./lib/build.ts";
import { openDatabase, prepareDatabase } from "./lib/database.ts";
import { nextBin, root } from "./lib/paths.ts";
import { isRunning, onExit, spawnGroup, stopGroup } from "./lib/processes.ts";
import { authSecret } from "./lib/secrets.ts";

const dev = process.argv.includes("--dev");
const running: { server?: ChildProcess } = {};

const database = await openDatabase();
const exit = onExit(async () => {
  if (running.server) await stopGroup(running.server);
  await database.stop();
});

await prepareDatabase(database.url);
if (!dev) await buildIfNeeded();

const server = spawnGroup(process.execPath, [nextBin, dev ? "dev" : "start", "--port", String(env.PORT)], {
  cwd: root,
  env: {
    ...process.env,
    DATABASE_URL: database.url,
    AUTH_SECRET: authSecret(),
    PORTAL_SUPERVISOR_PID: String(process.pid),
    NEXT_TELEMETRY_DISABLED: "1",
  },
});
running.server = server;
server.on("exit", (code, signal) => {
  console.error(`[start] the server exited (${signal ?? `code ${code}`}); stopping`);
  void exit(code ?? 1);
});

await waitForHealth(`http://127.0.0.1:${env.PORT}/api/health`);
console.log(`\n  NRW–Tokyo portal ready: ${publicBaseUrl()}/\n  (Ctrl-C stops the portal and its database)\n`);

async function waitForHealth(url: string) {
  const deadline = Date.now() + 120_000;
  while (isRunning(server) && Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}
