import "server-only";
// Signing a staff member in: lockout check, better-auth, and a log line per attempt.
import { APIError } from "better-auth/api";
import { z } from "zod";
import { clientIp } from "../security/client-ip";
import { auth } from "./auth";
import { isLockedOut, recordSignInAttempt } from "./lockout";
import { MAX_PASSWORD_LENGTH } from "./password";

export const signInSchema = z.object({
  email: z.string().trim().toLowerCase().min(3).max(320),
  password: z.string().min(1).max(MAX_PASSWORD_LENGTH),
});

export type SignInResult = { ok: true } | { ok: false; error: "missing" | "invalid" | "locked" };

export async function signIn(input: unknown, requestHeaders: Headers): Promise<SignInResult> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, error: "missing" };
  const { email, password } = parsed.data;
  const ipAddress = clientIp(requestHeaders);
  const userAgent = requestHeaders.get("user-agent");

  if (await isLockedOut(email, ipAddress)) {
    await recordSignInAttempt({ email, success: false, reason: "locked", ipAddress, userAgent });
    return { ok: false, error: "locked" };
  }
  try {
    const result = await auth().api.signInEmail({ body: { email, password }, headers: requestHeaders });
    await recordSignInAttempt({ email, userId: result.user.id, success: true, ipAddress, userAgent });
    return { ok: true };
  } catch (error) {
    if (!(error instanceof APIError)) throw error;
    // Wrong password, unknown account and deactivated account look the same from outside.
    await recordSignInAttempt({ email, success: false, reason: String(error.body?.code ?? error.status).slice(0, 60), ipAddress, userAgent });
    return { ok: false, error: "invalid" };
  }
}

export async function signOut(requestHeaders: Headers): Promise<void> {
  await auth().api.signOut({ headers: requestHeaders });
}
