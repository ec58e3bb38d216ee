import { readiness } from "@/lib/server/health";

export const dynamic = "force-dynamic";

/** 200 when the database answers and the migrations are current and not running; 503 otherwise. */
export const GET = readiness;
