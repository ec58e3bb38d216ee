import "server-only";
// TOTP two-factor authentication through better-auth's twoFactor plugin: enrolment
// (pending until the first code is confirmed), the state shown on the account page,
// disabling, and who a pending sign-in challenge belongs to.
import { createHmac, timingSafeEqual } from "node:crypto";
import { createOTP } from "@better-auth/utils/otp";
import { APIError } from "better-auth/api";
import { parseCookies } from "better-auth/cookies";
import { symmetricDecrypt } from "better-auth/crypto";
import { renderSVG } from "uqr";
import { db } from "../db/client.ts";
import { auth, TOTP_ISSUER } from "./auth.ts";
import { mustEnrolTwoFactor, type StaffPrincipal } from "./permissions.ts";

export type TwoFactorState =
  | { status: "off" }
  /** Set up but not yet confirmed with a code: the only time the secret and backup codes are shown. */
  | { status: "pending"; secret: string; otpauthUri: string; qrSvg: string; backupCodes: string[] }
  | { status: "on"; backupCodesLeft: number };

/** Cookies set by a better-auth call, handed on to the caller (tests; Next.js gets them from nextCookies). */
export function passOnCookies(from: Headers | null | undefined, into: Headers | undefined): void {
  if (!from || !into) return;
  for (const cookie of from.getSetCookie()) into.append("set-cookie", cookie);
}

function errorCode(error: unknown): string {
  if (!(error instanceof APIError)) throw error;
  return String(error.body?.code ?? error.status);
}

export async function twoFactorState(user: { userId: string; email: string }): Promise<TwoFactorState> {
  const row = await db().twoFactor.findFirst({ where: { userId: user.userId } });
  const enabled = (await db().user.findUnique({ where: { id: user.userId }, select: { twoFactorEnabled: true } }))?.twoFactorEnabled;
  if (!row) return { status: "off" };
  const { backupCodes } = await auth().api.viewBackupCodes({ body: { userId: user.userId } });
  if (row.verified !== false && enabled) return { status: "on", backupCodesLeft: backupCodes.length };
  const context = await auth().$context;
  const secret = await symmetricDecrypt({ key: context.secretConfig, data: row.secret });
  const otpauthUri = createOTP(secret, { digits: 6, period: 30 }).url(TOTP_ISSUER, user.email);
  const base32 = new URL(otpauthUri).searchParams.get("secret") ?? "";
  return {
    status: "pending",
    // Grouped in fours, as authenticator apps accept and people can type.
    secret: base32.replace(/(.{4})(?=.)/g, "$1 "),
    otpauthUri,
    qrSvg: renderSVG(otpauthUri, { ecc: "M", border: 2 }),
    backupCodes,
  };
}

export type EnrolmentResult = { ok: true } | { ok: false; error: "wrongPassword" | "alreadyOn" | "invalidCode" | "notStarted" };

/** Step 1 (password confirmed): a new secret and backup codes, inactive until confirmed. */
export async function startEnrolment(password: string, requestHeaders: Headers): Promise<EnrolmentResult> {
  try {
    await auth().api.enableTwoFactor({ body: { password, issuer: TOTP_ISSUER }, headers: requestHeaders });
    return { ok: true };
  } catch (error) {
    const code = errorCode(error);
    if (code === "TOTP_ALREADY_ENABLED") return { ok: false, error: "alreadyOn" };
    return { ok: false, error: "wrongPassword" };
  }
}

/** Step 2: the first code from the app turns two-factor authentication on (and renews the session). */
export async function confirmEnrolment(code: string, requestHeaders: Headers, responseHeaders?: Headers): Promise<EnrolmentResult> {
  const cleaned = code.replace(/\s+/g, "");
  if (!/^\d{6}$/.test(cleaned)) return { ok: false, error: "invalidCode" };
  try {
    const { headers } = await auth().api.verifyTOTP({ body: { code: cleaned }, headers: requestHeaders, returnHeaders: true });
    passOnCookies(headers, responseHeaders);
    return { ok: true };
  } catch (error) {
    return { ok: false, error: errorCode(error) === "TOTP_NOT_ENABLED" ? "notStarted" : "invalidCode" };
  }
}

export type DisableResult = { ok: true } | { ok: false; error: "required" | "wrongPassword" };

/** Turning it off asks for the password; roles that require it cannot turn it off at all. */
export async function disableTwoFactor(staff: StaffPrincipal, password: string, requestHeaders: Headers, responseHeaders?: Headers): Promise<DisableResult> {
  if (mustEnrolTwoFactor({ ...staff, twoFactorEnabled: false })) return { ok: false, error: "required" };
  try {
    const { headers } = await auth().api.disableTwoFactor({ body: { password }, headers: requestHeaders, returnHeaders: true });
    passOnCookies(headers, responseHeaders);
    return { ok: true };
  } catch (error) {
    errorCode(error);
    return { ok: false, error: "wrongPassword" };
  }
}

/**
 * The account between password and code, from better-auth's signed two-factor cookie
 * (value.signature, HMAC-SHA256 with the auth secret) and its verification row.
 * Null when there is no such challenge or it has lapsed.
 */
export async function pendingChallengeAccount(requestHeaders: Headers): Promise<{ userId: string; email: string } | null> {
  const context = await auth().$context;
  const name = context.createAuthCookie("two_factor").name;
  const raw = parseCookies(requestHeaders.get("cookie") ?? "").get(name);
  if (!raw) return null;
  const value = decodeURIComponent(raw);
  const dot = value.lastIndexOf(".");
  if (dot < 1) return null;
  const identifier = value.slice(0, dot);
  const signature = Buffer.from(value.slice(dot + 1), "base64");
  const expected = createHmac("sha256", context.secret).update(identifier).digest();
  if (signature.length !== expected.length || !timingSafeEqual(signature, expected)) return null;
  const challenge = await db().verification.findFirst({ where: { identifier, expiresAt: { gt: new Date() } } });
  if (!challenge) return null;
  const user = await db().user.findUnique({ where: { id: challenge.value }, select: { id: true, email: true } });
  return user && { userId: user.id, email: user.email };
}
