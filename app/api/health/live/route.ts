import { liveness } from "@/lib/server/health";

export const dynamic = "force-dynamic";

/** 200 while the process serves requests; checks nothing else. */
export const GET = liveness;
