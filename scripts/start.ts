// npm start: database (embedded unless DATABASE_URL is set), migrations, seed,
// build when the sources changed, then the Next.js server, or INSTANCES of them on
// consecutive ports (PORT, PORT+1, …) for a reverse proxy to balance. Everything it
// started stops with it, whichever way it ends.
import type { ChildProcess } from "node:child_process";
import { BUILD_LOCK_KEY } from "../lib/db/start-up-locks.ts";
import { env, publicBaseUrl } from "../lib/env.ts";
import { buildIfNeeded } from "./lib/build.ts";
import { openDatabase, prepareDatabase, withAdvisoryLock } from "./lib/database.ts";
import { nextBin, root } from "./lib/paths.ts";
import { isRunning, onExit, spawnGroup, stopGroup } from "./lib/processes.ts";
import { authSecret } from "./lib/secrets.ts";
import { logger } from "../lib/log.ts";

const log = logger("start");

const dev = process.argv.includes("--dev");
const instances = dev ? 1 : env.INSTANCES;
const ports = Array.from({ length: instances }, (_, i) => env.PORT + i);
const servers: ChildProcess[] = [];

const database = await openDatabase();
let stopping = false;
const exit = onExit(async () => {
  stopping = true;
  await Promise.all(servers.map((server) => stopGroup(server)));
  await database.stop();
});

await prepareDatabase(database.url);
// Instances of one checkout started at once must not build it twice at the same time.
if (!dev) await withAdvisoryLock(database.url, BUILD_LOCK_KEY, "another instance is building the app; waiting for it", buildIfNeeded);

for (const port of ports) {
  const server = spawnGroup(process.execPath, [nextBin, dev ? "dev" : "start", "--port", String(port)], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      // Every instance names the same public origin in links and mails, not its own port.
      PUBLIC_BASE_URL: publicBaseUrl(),
      DATABASE_URL: database.url,
      AUTH_SECRET: authSecret(),
      PORTAL_SUPERVISOR_PID: String(process.pid),
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  servers.push(server);
  server.on("exit", (code, signal) => {
    // Stopped by us (Ctrl-C, SIGTERM from systemd) is the normal end; anything else is an error.
    if (stopping) log.info({ port, exit: signal ?? code }, "server stopped");
    else log.error({ port, exit: signal ?? code }, "the server exited; stopping");
    void exit(code ?? 1);
  });
}

await Promise.all(ports.map((port, i) => waitForHealth(servers[i]!, `http://127.0.0.1:${port}/api/health`)));
const where = instances > 1 ? `${instances} instances on ports ${ports[0]}–${ports.at(-1)}, behind your reverse proxy at ${publicBaseUrl()}/` : `${publicBaseUrl()}/`;
log.info({ url: `${publicBaseUrl()}/`, ports }, `NRW–Tokyo portal ready: ${where} (Ctrl-C stops the portal and its database)`);

async function waitForHealth(server: ChildProcess, url: string) {
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
