import { migrationStatus } from "@/lib/db/migration-status";

export const dynamic = "force-dynamic";

/** Database reachability and migration state; 503 when either is not right. */
export async function GET() {
  const started = performance.now();
  try {
    const migrations = await migrationStatus();
    const ok = migrations.current;
    return Response.json(
      {
        status: ok ? "ok" : "degraded",
        database: { reachable: true, latencyMs: Math.round(performance.now() - started) },
        migrations,
      },
      { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
    );
  } catch (error) {
    console.error("[health] database check failed:", error instanceof Error ? error.message : error);
    return Response.json(
      { status: "unavailable", database: { reachable: false }, migrations: { current: false } },
      { status: 503, headers: { "Cache-Control": "no-store" } },
    );
  }
}
