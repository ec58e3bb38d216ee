import "server-only";
// Operational figures in the Prometheus text format (GET /metrics, or its older
// address /api/metrics, with the METRICS_TOKEN as a bearer token): requests and their latency per route group,
// counted in this process since it started (each instance is scraped on its own
// port), and the shared queues read from PostgreSQL: jobs waiting in pg-boss, the
// mail outbox by state, mails given up on. No personal data, no paths with ids.
import { timingSafeEqual } from "node:crypto";
import { db, sql } from "../db/client.ts";
import { env } from "../env.ts";

/** Upper bounds of the latency histogram, in seconds. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

type Histogram = { counts: number[]; sum: number; count: number };
type Registry = { requests: Map<string, number>; latency: Map<string, Histogram> };
const registry: Registry = ((globalThis as unknown as { portalMetrics?: Registry }).portalMetrics ??= { requests: new Map(), latency: new Map() });

/** A bounded label for a request path: never the path itself (ids, references). */
export function routeGroup(pathname: string): string {
  if (pathname.startsWith("/_next/")) return "assets";
  if (pathname.startsWith("/api/inquiries")) return "api_inquiries";
  if (pathname.startsWith("/api/health")) return "api_health";
  if (pathname.startsWith("/api/") || pathname === "/metrics") return "api_other";
  if (/^\/[a-z]{2}\/admin(\/|$)/.test(pathname)) return "staff";
  if (/^\/[a-z]{2}\/inquiry(\/|$)/.test(pathname)) return "inquiry";
  return "public";
}

export function observeRequest(group: string, status: number, seconds: number): void {
  const key = `${group}\u0000${Math.floor(status / 100)}xx`;
  registry.requests.set(key, (registry.requests.get(key) ?? 0) + 1);
  let histogram = registry.latency.get(group);
  if (!histogram) registry.latency.set(group, (histogram = { counts: BUCKETS.map(() => 0), sum: 0, count: 0 }));
  for (const [i, bound] of BUCKETS.entries()) if (seconds <= bound) histogram.counts[i]!++;
  histogram.sum += seconds;
  histogram.count++;
}

/** Whether the request carries the configured token; without METRICS_TOKEN nobody may read the figures. */
export function metricsAuthorised(authorization: string | null): boolean {
  if (!env.METRICS_TOKEN || !authorization?.startsWith("Bearer ")) return false;
  const given = Buffer.from(authorization.slice("Bearer ".length));
  const expected = Buffer.from(env.METRICS_TOKEN);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

const line = (name: string, labels: Record<string, string>, value: number) =>
  `${name}${Object.keys(labels).length ? `{${Object.entries(labels).map(([k, v]) => `${k}="${v}"`).join(",")}}` : ""} ${value}`;

function requestLines(): string[] {
  const lines = ["# HELP portal_http_requests_total Requests answered by this instance, by route group and status class.", "# TYPE portal_http_requests_total counter"];
  for (const [key, n] of registry.requests) {
    const [group = "", status = ""] = key.split("\u0000");
    lines.push(line("portal_http_requests_total", { group, status }, n));
  }
  lines.push("# HELP portal_http_request_duration_seconds Time to answer a request on this instance, by route group.", "# TYPE portal_http_request_duration_seconds histogram");
  for (const [group, h] of registry.latency) {
    for (const [i, bound] of BUCKETS.entries()) lines.push(line("portal_http_request_duration_seconds_bucket", { group, le: String(bound) }, h.counts[i]!));
    lines.push(line("portal_http_request_duration_seconds_bucket", { group, le: "+Inf" }, h.count));
    lines.push(line("portal_http_request_duration_seconds_sum", { group }, Number(h.sum.toFixed(6))));
    lines.push(line("portal_http_request_duration_seconds_count", { group }, h.count));
  }
  return lines;
}

const OUTBOX = { name: "metrics-outbox", text: `SELECT status::text AS status, count(*)::int AS n FROM "OutboundMail" GROUP BY status` };
// Every queue, an empty one as 0 (a series that vanishes cannot be alerted on); counted live, not from pg-boss's periodic statistics.
const QUEUES = {
  name: "metrics-queues",
  text: `SELECT q.name, (SELECT count(*) FROM pgboss.job j WHERE j.name = q.name AND j.state IN ('created', 'retry', 'active'))::int AS n FROM pgboss.queue q ORDER BY q.name`,
};

async function databaseLines(): Promise<string[]> {
  const outbox = new Map((await sql<{ status: string; n: number }>(db(), OUTBOX)).map((r) => [r.status, r.n]));
  const lines = [
    "# HELP portal_outbox_mails Mails in the outbox by state (QUEUED and SENDING are the backlog).",
    "# TYPE portal_outbox_mails gauge",
    ...["QUEUED", "SENDING", "SENT", "FAILED", "OUTBOX"].map((status) => line("portal_outbox_mails", { status }, outbox.get(status) ?? 0)),
    "# HELP portal_outbox_backlog Mails waiting to be sent (QUEUED + SENDING).",
    "# TYPE portal_outbox_backlog gauge",
    line("portal_outbox_backlog", {}, (outbox.get("QUEUED") ?? 0) + (outbox.get("SENDING") ?? 0)),
    "# HELP portal_mails_failed Mails the portal gave up on after its retries (staff resend them by hand).",
    "# TYPE portal_mails_failed gauge",
    line("portal_mails_failed", {}, outbox.get("FAILED") ?? 0),
    "# HELP portal_job_queue_depth Jobs waiting or running in pg-boss, by queue.",
    "# TYPE portal_job_queue_depth gauge",
  ];
  try {
    for (const row of await sql<{ name: string; n: number }>(db(), QUEUES)) lines.push(line("portal_job_queue_depth", { queue: row.name.replace(/[^a-z0-9_-]/gi, "_") }, row.n));
  } catch {
    // No pg-boss schema yet: no worker has started on this database.
  }
  return lines;
}

export async function renderMetrics(): Promise<string> {
  return [...requestLines(), ...(await databaseLines())].join("\n") + "\n";
}

/** GET /metrics (and /api/metrics): the figures to a scraper holding METRICS_TOKEN, 404 to everyone else. */
export async function metricsResponse(request: Request): Promise<Response> {
  if (!metricsAuthorised(request.headers.get("authorization"))) return new Response("Not Found", { status: 404, headers: { "Cache-Control": "no-store" } });
  return new Response(await renderMetrics(), { headers: { "Content-Type": "text/plain; version=0.0.4; charset=utf-8", "Cache-Control": "no-store" } });
}
