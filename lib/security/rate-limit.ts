import "server-only";
// Per-client limits kept in PostgreSQL (rate-limiter-flexible's RateLimiterPostgres
// on the "RateLimit" table of our migration), so they hold across processes and restarts.
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { connectionConfig, createPool } from "../db/connection.ts";
import { env } from "../env.ts";
import { UNKNOWN_CLIENT } from "./client-ip.ts";
import { RATE_LIMIT_POOL_SETTINGS, rateLimiterOptions } from "./rate-limit-store.ts";
import { logger } from "../log.ts";

const log = logger("rate-limit");

export const RATE_LIMIT_BUCKETS = ["inquiry-submit", "inquiry-status", "conversation-reply", "conversation-link", "event-registration"] as const;
export type RateLimitBucket = (typeof RATE_LIMIT_BUCKETS)[number];

export type RateLimitResult = { allowed: true; remaining: number } | { allowed: false; retryAfterSeconds: number };

type Holder = { pool?: pg.Pool; poolUrl?: string; limiters: Map<string, RateLimiterPostgres> };
const holder: Holder = ((globalThis as unknown as { portalRateLimit?: Holder }).portalRateLimit ??= { limiters: new Map() });

function pool(): pg.Pool {
  const url = env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set.");
  if (!holder.pool || holder.poolUrl !== url) {
    void holder.pool?.end();
    holder.pool = createPool("rate-limit", { ...connectionConfig(url), ...RATE_LIMIT_POOL_SETTINGS });
    holder.poolUrl = url;
    holder.limiters.clear();
  }
  return holder.pool;
}

function limiter(bucket: RateLimitBucket, pointsPerHour: number): RateLimiterPostgres {
  const key = `${bucket}:${pointsPerHour}`;
  const store = pool();
  let found = holder.limiters.get(key);
  if (!found) {
    found = new RateLimiterPostgres(rateLimiterOptions(store, bucket, pointsPerHour));
    holder.limiters.set(key, found);
  }
  return found;
}

let warnedUnknown = false;

/**
 * Takes one point from the client's hourly allowance. Database errors propagate.
 * Every client has its own allowance: the address comes from the connection
 * (client-ip.ts), so there is no shared bucket that one client could use up.
 */
export async function consumeRateLimit(bucket: RateLimitBucket, client: string, pointsPerHour: number): Promise<RateLimitResult> {
  if (client === UNKNOWN_CLIENT && !warnedUnknown) {
    warnedUnknown = true;
    log.warn("a request without a connection address: is the server running with patches/next+16.4.6.patch applied?");
  }
  try {
    const res = await limiter(bucket, pointsPerHour).consume(client.slice(0, 100));
    return { allowed: true, remaining: res.remainingPoints };
  } catch (error) {
    if (error instanceof RateLimiterRes) return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(error.msBeforeNext / 1000)) };
    throw error;
  }
}

export async function closeRateLimitPool(): Promise<void> {
  const current = holder.pool;
  holder.pool = undefined;
  holder.poolUrl = undefined;
  holder.limiters.clear();
  await current?.end();
}
