import { readiness } from "@/lib/server/health";

export const dynamic = "force-dynamic";

/** Readiness, as /api/health/ready (kept for existing monitors and `npm start`). */
export const GET = readiness;
