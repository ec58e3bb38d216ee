import "server-only";
// The applicant's link to the conversation: a signed, expiring token bound to the
// inquiry and to the address it was sent to. Nothing is stored: the signature covers
// the inquiry id, the expiry and the inquiry's current contact address, so a link
// dies when it expires and when anonymisation or erasure blanks the address.
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "../env.ts";

const DEV_SECRET = "development-only-secret-not-for-production-use";
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Longest token we ever read: a hand-made longer one is refused before any work. */
export const MAX_TOKEN_LENGTH = 120;

function key(): string {
  if (!env.AUTH_SECRET && env.NODE_ENV === "production") throw new Error("AUTH_SECRET is not set (npm start provides one).");
  return `conversation-link\n${env.AUTH_SECRET ?? DEV_SECRET}`;
}

function sign(payload: string, address: string): string {
  return createHmac("sha256", key()).update(`${payload}\n${address.trim().toLowerCase()}`).digest("base64url").slice(0, 32);
}

/** A link token for `address`, valid for CONVERSATION_LINK_DAYS from `now`. */
export function conversationToken(inquiryId: string, address: string, now = new Date()): string {
  const expires = Math.floor(now.getTime() / 1000) + env.CONVERSATION_LINK_DAYS * 86_400;
  const payload = `${inquiryId.replaceAll("-", "")}${expires.toString(36)}`;
  return `${payload}.${sign(payload, address)}`;
}

/** The inquiry a token names, before its signature is checked (which needs the inquiry's address). */
export function tokenInquiryId(token: string): string | undefined {
  if (token.length > MAX_TOKEN_LENGTH) return undefined;
  const match = /^([0-9a-f]{32})([0-9a-z]{1,10})\.([A-Za-z0-9_-]{32})$/.exec(token);
  if (!match) return undefined;
  const hex = match[1]!;
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return UUID.test(id) ? id : undefined;
}

export type TokenCheck = "valid" | "expired" | "invalid";

/** Checks a token against the inquiry's current address; an empty address (anonymised) never matches. */
export function checkConversationToken(token: string, inquiry: { id: string; contactEmail: string }, now = new Date()): TokenCheck {
  if (tokenInquiryId(token) !== inquiry.id || !inquiry.contactEmail) return "invalid";
  const [payload, signature] = token.split(".") as [string, string];
  const expected = Buffer.from(sign(payload, inquiry.contactEmail));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return "invalid";
  const expires = Number.parseInt(payload.slice(32), 36);
  return expires * 1000 > now.getTime() ? "valid" : "expired";
}
