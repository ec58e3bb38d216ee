import { metricsAuthorised, renderMetrics } from "@/lib/server/metrics";

export const dynamic = "force-dynamic";

/** Prometheus text format, for a scraper holding METRICS_TOKEN; 404 to everyone else. */
export async function GET(request: Request) {
  if (!metricsAuthorised(request.headers.get("authorization"))) return new Response("Not Found", { status: 404 });
  return new Response(await renderMetrics(), { headers: { "Content-Type": "text/plain; version=0.0.4; charset=utf-8", "Cache-Control": "no-store" } });
}
