import "server-only";
// The registration form's token: when the form was shown and a random part,
// signed (HMAC-SHA256, key derived from AUTH_SECRET). It is the form's
// idempotency key (a double click registers once) and the start of its
// minimum fill time, without a draft row per page view. A token cannot be
// back-dated: the signature covers the time.
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { env } from "../env.ts";

const DEV_SECRET = "development-only-secret-not-for-production-use";
/** A form older than this is stale: the visitor loads the page again. */
const MAX_AGE_MS = 24 * 60 * 60 * 1000;

function sign(body: string): string {
  if (!env.AUTH_SECRET && env.NODE_ENV === "production") throw new Error("AUTH_SECRET is not set (npm start provides one).");
  return createHmac("sha256", `event-registration-form\n${env.AUTH_SECRET ?? DEV_SECRET}`).update(body).digest("base64url").slice(0, 22);
}

export function issueFormToken(now = Date.now()): string {
  const body = `${now.toString(36)}.${randomBytes(12).toString("base64url")}`;
  return `${body}.${sign(body)}`;
}

/** When the form was shown, or undefined for a token we did not issue (or one too old). */
export function readFormToken(token: unknown, now = Date.now()): Date | undefined {
  if (typeof token !== "string" || token.length > 100) return undefined;
  const [time, random, signature] = token.split(".");
  if (!time || !random || !signature || token.split(".").length !== 3) return undefined;
  const expected = Buffer.from(sign(`${time}.${random}`));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  const issued = parseInt(time, 36);
  if (!Number.isSafeInteger(issued) || issued > now + 60_000 || now - issued > MAX_AGE_MS) return undefined;
  return new Date(issued);
}
