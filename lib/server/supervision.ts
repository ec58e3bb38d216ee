import "server-only";
import { env } from "../env.ts";
import { logger } from "../log.ts";

const log = logger("server");

/**
 * When scripts/start.ts is killed with SIGKILL it cannot stop the server; the
 * server notices that its supervisor is gone and exits, so no orphan keeps the port.
 */
export function watchSupervisor(): void {
  const supervisor = env.PORTAL_SUPERVISOR_PID;
  if (!supervisor) return;
  const timer = setInterval(() => {
    try {
      process.kill(supervisor, 0);
    } catch {
      log.error("supervising process is gone; exiting");
      process.exit(1);
    }
  }, 1_000);
  timer.unref();
}
