// How the per-client limits are kept in PostgreSQL (rate-limiter-flexible's
// RateLimiterPostgres on the "RateLimit" table of our migration): the pool's settings
// and the limiter's options. rate-limit.ts uses them, and so does the bench's bare
// same-writes handler (bench/bare-next/app/api/submit), so that figure 2's ceiling
// counts a submission exactly as the portal does. No "server-only", no env.
import type pg from "pg";

const HOUR = 60 * 60;

/**
 * The rate-limit pool's own settings. Commits that do not wait for the WAL flush release
 * a busy client's row lock at once; a crash loses at most the last fraction of a second
 * of counting, harmless for a rate limit.
 */
export const RATE_LIMIT_POOL_SETTINGS = { max: 3, idleTimeoutMillis: 30_000, options: "-c synchronous_commit=off" } as const;

/** The options of one bucket's limiter: points per hour, expired rows swept by the library's own timer. */
export function rateLimiterOptions(storeClient: pg.Pool, bucket: string, pointsPerHour: number) {
  return {
    storeClient,
    storeType: "pool",
    tableName: "RateLimit",
    tableCreated: true,
    keyPrefix: bucket,
    points: pointsPerHour,
    duration: HOUR,
    clearExpiredByTimeout: true,
  };
}
