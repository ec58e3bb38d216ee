import "server-only";
// Brute-force protection from the sign-in log itself (issue #14, finding 4). Three
// limits, none of which an outsider can turn against an account's owner:
// 1. per (account, client address): five failures are free, then each further one
//    doubles the wait (1, 2, 4 … 60 minutes) until that pair signs in successfully;
// 2. per account, from every address together: a much higher ceiling for addresses
//    that have not signed in to the account before. An address the owner signed in
//    from within USUAL_ADDRESS_DAYS is exempt, so the owner still gets in while
//    someone guesses from elsewhere;
// 3. per client address, across accounts (one client trying many accounts).
// Attempts refused because of a lock are logged but never counted: they cannot
// extend a lock. The log is what an administrator reads when an account is under
// attack (README "Security", decision 0013).
import { Prisma } from "../generated/prisma/client.ts";
import { db } from "../db/client.ts";
import { UNKNOWN_CLIENT } from "../security/client-ip.ts";

export const FREE_FAILURES_PER_ADDRESS = 5;
export const FIRST_DELAY_MINUTES = 1;
export const MAX_DELAY_MINUTES = 60;
/** Failures of one (account, address) pair older than this no longer count. */
export const PAIR_WINDOW_HOURS = 24;
export const ACCOUNT_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 50;
export const MAX_FAILURES_PER_IP = 30;
export const USUAL_ADDRESS_DAYS = 90;
/** Logged for the password step of an account with two-factor authentication: neither a success nor a failure. */
export const SECOND_FACTOR_PENDING = "two_factor_required";
/** Logged for an attempt refused because of a lock: not a failure either. */
export const REFUSED_LOCKED = "locked";

export type Lock = { locked: false } | { locked: true; retryAfterMinutes: number };

/** Minutes a pair waits after its `failures`-th failure in a row: 0 for the free ones, then doubling. */
export function delayAfterFailures(failures: number): number {
  if (failures < FREE_FAILURES_PER_ADDRESS) return 0;
  return Math.min(MAX_DELAY_MINUTES, FIRST_DELAY_MINUTES * 2 ** (failures - FREE_FAILURES_PER_ADDRESS));
}

const counted = Prisma.sql`"success" = false AND ("reason" IS NULL OR "reason" NOT IN (${SECOND_FACTOR_PENDING}, ${REFUSED_LOCKED}))`;

type Failures = { n: number; last: Date | null };

/** Counted failures matching `where` since its last success, within `window`. */
async function failuresSince(where: Prisma.Sql, window: string): Promise<Failures> {
  const [row] = await db().$queryRaw<Failures[]>`
    WITH since AS (
      SELECT greatest(now() - ${window}::interval, (SELECT max("createdAt") FROM "SignInAttempt" WHERE ${where} AND "success")) AS at
    )
    SELECT count(*)::integer AS n, max("createdAt") AS last FROM "SignInAttempt", since
    WHERE ${where} AND ${counted} AND "createdAt" > coalesce(since.at, now() - ${window}::interval)`;
  return row ?? { n: 0, last: null };
}

async function isUsualAddress(email: string, ipAddress: string): Promise<boolean> {
  const since = new Date(Date.now() - USUAL_ADDRESS_DAYS * 86_400_000);
  return (await db().signInAttempt.count({ where: { email, ipAddress, success: true, createdAt: { gte: since } }, take: 1 })) > 0;
}

const minutesUntil = (at: number) => Math.max(1, Math.ceil((at - Date.now()) / 60_000));

/** Whether `email` may try to sign in from `ipAddress` now, and if not, for how long not. */
export async function signInLock(email: string, ipAddress: string): Promise<Lock> {
  const known = ipAddress !== UNKNOWN_CLIENT;
  if (known) {
    const pair = await failuresSince(Prisma.sql`"email" = ${email} AND "ipAddress" = ${ipAddress}`, `${PAIR_WINDOW_HOURS} hours`);
    const wait = delayAfterFailures(pair.n);
    if (wait > 0 && pair.last && pair.last.getTime() + wait * 60_000 > Date.now()) return { locked: true, retryAfterMinutes: minutesUntil(pair.last.getTime() + wait * 60_000) };
    const ip = await failuresSince(Prisma.sql`"ipAddress" = ${ipAddress}`, `${ACCOUNT_WINDOW_MINUTES} minutes`);
    if (ip.n >= MAX_FAILURES_PER_IP) return { locked: true, retryAfterMinutes: ACCOUNT_WINDOW_MINUTES };
  }
  const account = await failuresSince(Prisma.sql`"email" = ${email}`, `${ACCOUNT_WINDOW_MINUTES} minutes`);
  if (account.n >= MAX_FAILURES_PER_ACCOUNT && !(known && (await isUsualAddress(email, ipAddress)))) {
    return { locked: true, retryAfterMinutes: ACCOUNT_WINDOW_MINUTES };
  }
  return { locked: false };
}

export async function recordSignInAttempt(attempt: {
  email: string;
  userId?: string;
  success: boolean;
  reason?: string;
  ipAddress: string;
  userAgent?: string | null;
}): Promise<void> {
  await db().signInAttempt.create({
    data: { ...attempt, email: attempt.email.slice(0, 320), userAgent: attempt.userAgent?.slice(0, 500) ?? null },
  });
}
