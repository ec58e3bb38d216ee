// The first address of /metrics, kept for scrapers configured with it: the same figures, the same token.
import { metricsResponse } from "@/lib/server/metrics";

export const dynamic = "force-dynamic";

export const GET = metricsResponse;
