import "server-only";
// Brute-force protection from the sign-in log itself: failures since the last
// success within the window, per account and per client address.
import { db } from "../db/client.ts";
import { UNKNOWN_CLIENT } from "../security/client-ip.ts";

export const LOCKOUT_WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 30;
/** Logged for the password step of an account with two-factor authentication: neither a success nor a failure. */
export const SECOND_FACTOR_PENDING = "two_factor_required";

async function failuresSince(where: { email: string } | { ipAddress: string }): Promise<number> {
  const windowStart = new Date(Date.now() - LOCKOUT_WINDOW_MINUTES * 60_000);
  const lastSuccess = await db().signInAttempt.findFirst({
    where: { ...where, success: true, createdAt: { gte: windowStart } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  return db().signInAttempt.count({
    where: {
      ...where,
      success: false,
      createdAt: { gt: lastSuccess?.createdAt ?? windowStart },
      // A right password waiting for its code is no failure (a wrong code after it is).
      OR: [{ reason: null }, { reason: { not: SECOND_FACTOR_PENDING } }],
    },
  });
}

export async function isLockedOut(email: string, ipAddress: string): Promise<boolean> {
  if ((await failuresSince({ email })) >= MAX_FAILURES_PER_ACCOUNT) return true;
  // Clients without a known address share one bucket; locking it would lock everyone out.
  if (ipAddress === UNKNOWN_CLIENT) return false;
  return (await failuresSince({ ipAddress })) >= MAX_FAILURES_PER_IP;
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
