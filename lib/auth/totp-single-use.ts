import "server-only";
// A TOTP code is accepted once (ASVS 2.8.4; issue #14, finding 6). better-auth accepts
// any code of the current, previous or next 30-second step, as often as it is sent.
// Before handing a code to better-auth we find its step and claim it in one UPDATE:
// a step at or before the last one claimed for the account is refused, so a code
// read over a shoulder or replayed from a log is worth nothing once it was used.
import { createOTP } from "@better-auth/utils/otp";
import { symmetricDecrypt } from "better-auth/crypto";
import { db } from "../db/client.ts";
import { auth } from "./auth.ts";

const PERIOD_SECONDS = 30;
/** The steps better-auth accepts around now (its default window of one step). */
const WINDOW = [-1, 0, 1];

export type CodeClaim = "claimed" | "reused" | "wrong";

/**
 * Claims `code` (six digits) for the account: "claimed" the first time, "reused" when
 * its step (or a later one) was already used, "wrong" when it matches no step of the
 * window (better-auth then refuses it as usual).
 */
export async function claimTotpCode(userId: string, code: string): Promise<CodeClaim> {
  const row = await db().twoFactor.findFirst({ where: { userId }, select: { secret: true } });
  if (!row) return "wrong";
  const context = await auth().$context;
  const secret = await symmetricDecrypt({ key: context.secretConfig, data: row.secret });
  const otp = createOTP(secret, { digits: 6, period: PERIOD_SECONDS });
  const now = Math.floor(Date.now() / 1000 / PERIOD_SECONDS);
  let step: number | undefined;
  for (const offset of WINDOW) if ((await otp.hotp(now + offset)) === code) step ??= now + offset;
  if (step === undefined) return "wrong";
  const claimed = await db().$executeRaw`
    UPDATE "TwoFactor" SET "lastUsedStep" = ${step}
    WHERE "userId" = ${userId} AND ("lastUsedStep" IS NULL OR "lastUsedStep" < ${step})`;
  return claimed > 0 ? "claimed" : "reused";
}
