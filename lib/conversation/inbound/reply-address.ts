import "server-only";
// The per-inquiry Reply-To address of the applicant's mails when the portal reads a
// mailbox (IMAP_URL): REPLY_ADDRESS with a plus tag, replies+<token>@agency.example.
// The token is the inquiry id (26 characters of base32) and an HMAC-SHA256 over it
// (16 characters, 80 bits; key derived from AUTH_SECRET, apart from the link token's):
// nobody can make an address that files mail on a case they do not know, and the
// reference (which appears in subjects) is no key. Lower case only, because mail
// systems may fold the case of local parts; 42 characters, so that with a local part
// of up to 21 characters the address stays within the 64 that RFC 5321 allows.
// Without IMAP_URL the Reply-To stays the handling organisation's own mailbox.
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "../../env.ts";

const DEV_SECRET = "development-only-secret-not-for-production-use";
const ALPHABET = "abcdefghijklmnopqrstuvwxyz234567";
const ID_CHARS = 26;
const SIGNATURE_CHARS = 16;
export const REPLY_TOKEN_LENGTH = ID_CHARS + SIGNATURE_CHARS;
/** Longest local part of REPLY_ADDRESS that leaves room for "+" and the token within 64 characters. */
export const MAX_REPLY_LOCAL_PART = 64 - 1 - REPLY_TOKEN_LENGTH;

function key(): string {
  if (!env.AUTH_SECRET && env.NODE_ENV === "production") throw new Error("AUTH_SECRET is not set (npm start provides one).");
  return `reply-address\n${env.AUTH_SECRET ?? DEV_SECRET}`;
}

function base32(bytes: Uint8Array): string {
  let bits = 0;
  let value = 0;
  let out = "";
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

function unbase32(text: string): Buffer | undefined {
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const char of text) {
    const index = ALPHABET.indexOf(char);
    if (index < 0) return undefined;
    value = (value << 5) | index;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 255);
      bits -= 8;
    }
    value &= (1 << bits) - 1;
  }
  return Buffer.from(out);
}

const signature = (idPart: string) => base32(createHmac("sha256", key()).update(idPart).digest()).slice(0, SIGNATURE_CHARS);

/** The token of an inquiry's reply address. */
export function replyToken(inquiryId: string): string {
  const idPart = base32(Buffer.from(inquiryId.replaceAll("-", ""), "hex"));
  return `${idPart}${signature(idPart)}`;
}

/** The inquiry a token names, if its signature is genuine. */
export function inquiryOfReplyToken(token: string): string | undefined {
  const lower = token.toLowerCase();
  if (lower.length !== REPLY_TOKEN_LENGTH || !/^[a-z2-7]+$/.test(lower)) return undefined;
  const idPart = lower.slice(0, ID_CHARS);
  const expected = Buffer.from(signature(idPart));
  const given = Buffer.from(lower.slice(ID_CHARS));
  if (!timingSafeEqual(expected, given)) return undefined;
  const hex = unbase32(idPart)?.subarray(0, 16).toString("hex");
  if (hex?.length !== 32) return undefined;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** True when the portal reads replies from a mailbox (IMAP_URL and REPLY_ADDRESS set). */
export function readsReplies(): boolean {
  return Boolean(env.IMAP_URL && env.REPLY_ADDRESS);
}

function split(address: string): { local: string; domain: string } {
  const at = address.lastIndexOf("@");
  return { local: address.slice(0, at), domain: address.slice(at + 1) };
}

/** replies+<token>@agency.example for REPLY_ADDRESS replies@agency.example. */
export function replyAddressOf(inquiryId: string, replyAddress: string): string {
  const { local, domain } = split(replyAddress);
  return `${local}+${replyToken(inquiryId)}@${domain}`;
}

/**
 * The Reply-To of a mail to the applicant: the tokenised address when the portal reads
 * replies, else `fallback` (the handling organisation's own mailbox).
 */
export function applicantReplyTo(inquiryId: string, fallback: string | null): string | null {
  return readsReplies() && env.REPLY_ADDRESS ? replyAddressOf(inquiryId, env.REPLY_ADDRESS) : fallback;
}

/** The inquiry named by the first genuine tokenised address among `recipients` (To, Cc, Delivered-To, ...). */
export function inquiryFromRecipients(recipients: readonly string[], replyAddress: string): string | undefined {
  const { local, domain } = split(replyAddress.toLowerCase());
  const prefix = `${local}+`;
  for (const recipient of recipients) {
    const address = recipient.trim().toLowerCase();
    const parts = split(address);
    if (parts.domain !== domain || !parts.local.startsWith(prefix)) continue;
    const inquiryId = inquiryOfReplyToken(parts.local.slice(prefix.length));
    if (inquiryId) return inquiryId;
  }
  return undefined;
}
