import "server-only";
// Health answers for load balancers, orchestrators and `npm start`:
// - liveness: the process serves requests (nothing else checked; restart it if not);
// - readiness: it can serve real requests now: the database answers, every migration
//   this version ships is applied and none is being applied (decision 0017).
import { migrationStatus } from "../db/migration-status.ts";
import { errorText, logger } from "../log.ts";

const log = logger("health");

const NO_STORE = { "Cache-Control": "no-store" };

export function liveness(): Response {
  return Response.json({ status: "alive", uptimeSeconds: Math.round(process.uptime()) }, { headers: NO_STORE });
}

/** 200 when ready, 503 with the reason otherwise. */
export async function readiness(): Promise<Response> {
  const started = performance.now();
  try {
    const migrations = await migrationStatus();
    const ok = migrations.current;
    return Response.json(
      {
        status: ok ? "ok" : migrations.running ? "migrating" : "degraded",
        database: { reachable: true, latencyMs: Math.round(performance.now() - started) },
        migrations,
      },
      { status: ok ? 200 : 503, headers: NO_STORE },
    );
  } catch (error) {
    log.error({ error: errorText(error) }, "database check failed");
    return Response.json({ status: "unavailable", database: { reachable: false }, migrations: { current: false } }, { status: 503, headers: NO_STORE });
  }
}
