import "server-only";
// Signing a staff member in: lockout check, better-auth (password, then the TOTP or
// backup code where two-factor authentication is on), and a log line per attempt.
import { APIError } from "better-auth/api";
import { z } from "zod";
import { clientIp } from "../security/client-ip.ts";
import { auth } from "./auth.ts";
import { matchBackupCode } from "./backup-codes.ts";
import { recordSignInAttempt, REFUSED_LOCKED, SECOND_FACTOR_PENDING, signInLock } from "./lockout.ts";
import { MAX_PASSWORD_LENGTH } from "./password.ts";
import { claimTotpCode } from "./totp-single-use.ts";
import { passOnCookies, pendingChallengeAccount } from "./two-factor.ts";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(3).max(320),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});

export type SignInResult =
  | { ok: true }
  /** Password right; the account has two-factor authentication and the code comes next. */
  | { ok: false; error: "secondFactorRequired" }
  | { ok: false; error: "missing" | "invalid" }
  /** Throttled (lockout.ts): try again after this many minutes. */
  | { ok: false; error: "locked"; minutes: number };

/**
 * The password step. `responseHeaders` collects the cookies better-auth sets (for
 * callers outside Next.js; inside a Server Action they reach the browser anyway).
 */
export async function signIn(input: unknown, requestHeaders: Headers, responseHeaders?: Headers): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "missing" };
  const { email, password } = parsed.data;
  const ipAddress = clientIp(requestHeaders);
  const userAgent = requestHeaders.get("user-agent");

  const lock = await signInLock(email, ipAddress);
  if (lock.locked) {
    await recordSignInAttempt({ email, success: false, reason: REFUSED_LOCKED, ipAddress, userAgent });
    return { ok: false, error: "locked", minutes: lock.retryAfterMinutes };
  }
  try {
    const { headers, response } = await auth().api.signInEmail({ body: { email, password }, headers: requestHeaders, returnHeaders: true });
    passOnCookies(headers, responseHeaders);
    if ("twoFactorRedirect" in response && response.twoFactorRedirect) {
      await recordSignInAttempt({ email, success: false, reason: SECOND_FACTOR_PENDING, ipAddress, userAgent });
      return { ok: false, error: "secondFactorRequired" };
    }
    await recordSignInAttempt({ email, userId: response.user.id, success: true, ipAddress, userAgent });
    return { ok: true };
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    // Wrong password, unknown account and deactivated account look the same from outside.
    await recordSignInAttempt({ email, success: false, reason: String(error.body?.code ?? error.status).slice(0, 60), ipAddress, userAgent });
    return { ok: false, error: "invalid" };
  }
}

/** Logged for a TOTP code that was already used (totp-single-use.ts); it counts as a failure. */
export const TOTP_REUSED = "TOTP_REUSED";

export type SecondFactorResult = { ok: true } | { ok: false; error: "missing" | "invalid" | "expired" } | { ok: false; error: "locked"; minutes: number };

/** A typed backup code as stored ("K7M2P X9RTA" → "k7m2p-x9rta"); unmatched, as typed (and refused). */
async function storedBackupCode(userId: string, typed: string): Promise<string> {
  const { backupCodes } = await auth().api.viewBackupCodes({ body: { userId } });
  return matchBackupCode(typed, backupCodes) ?? typed;
}

/**
 * The code step: a 6-digit TOTP code or a backup code. Wrong codes are failed
 * sign-in attempts of the account and the address, like wrong passwords.
 */
export async function verifySecondFactor(input: { code: unknown }, requestHeaders: Headers, responseHeaders?: Headers): Promise<SecondFactorResult> {
  const code = typeof input.code === "string" ? input.code.replace(/\s+/g, "") : "";
  if (!code || code.length > 40) return { ok: false, error: "missing" };
  const account = await pendingChallengeAccount(requestHeaders);
  if (!account) return { ok: false, error: "expired" };
  const { email, userId } = account;
  const ipAddress = clientIp(requestHeaders);
  const userAgent = requestHeaders.get("user-agent");

  const lock = await signInLock(email, ipAddress);
  if (lock.locked) {
    await recordSignInAttempt({ email, userId, success: false, reason: REFUSED_LOCKED, ipAddress, userAgent });
    return { ok: false, error: "locked", minutes: lock.retryAfterMinutes };
  }
  if (/^\d{6}$/.test(code) && (await claimTotpCode(userId, code)) === "reused") {
    await recordSignInAttempt({ email, userId, success: false, reason: TOTP_REUSED, ipAddress, userAgent });
    return { ok: false, error: "invalid" };
  }
  try {
    const { headers } = /^\d{6}$/.test(code)
      ? await auth().api.verifyTOTP({ body: { code }, headers: requestHeaders, returnHeaders: true })
      : await auth().api.verifyBackupCode({ body: { code: await storedBackupCode(userId, code) }, headers: requestHeaders, returnHeaders: true });
    passOnCookies(headers, responseHeaders);
    await recordSignInAttempt({ email, userId, success: true, ipAddress, userAgent });
    return { ok: true };
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    const reason = String(error.body?.code ?? error.status).slice(0, 60);
    await recordSignInAttempt({ email, userId, success: false, reason, ipAddress, userAgent });
    if (reason === "INVALID_TWO_FACTOR_COOKIE" || reason === "TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE") return { ok: false, error: "expired" };
    return { ok: false, error: "invalid" };
  }
}

export async function signOut(requestHeaders: Headers): Promise<void> {
  await auth().api.signOut({ headers: requestHeaders });
}
