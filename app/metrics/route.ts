// Prometheus text format for a scraper holding METRICS_TOKEN (docs/deployment.md section 9).
import { metricsResponse } from "@/lib/server/metrics";

export const dynamic = "force-dynamic";

export const GET = metricsResponse;
