// Backup codes that people can read off paper and type: ten characters in two
// groups of five, lower-case letters and digits without the look-alikes 0/o,
// 1/l/i (31 characters, 31^10 ≈ 8·10^14 codes). Typed codes are matched without
// regard to case, spaces or the hyphen, also against the mixed-case codes that
// accounts enrolled before this alphabet still hold.
import { randomInt } from "node:crypto";

export const BACKUP_CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
export const BACKUP_CODE_COUNT = 10;

/** Fresh codes in the form "k7m2p-x9rta". */
export function generateBackupCodes(count = BACKUP_CODE_COUNT): string[] {
  return Array.from({ length: count }, () => {
    const chars = Array.from({ length: 10 }, () => BACKUP_CODE_ALPHABET[randomInt(BACKUP_CODE_ALPHABET.length)]).join("");
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

const canonical = (code: string) => code.normalize("NFKC").replace(/[\s\-‐‑–—ー]/g, "").toLowerCase();

/** The stored code that `typed` stands for, or undefined. */
export function matchBackupCode(typed: string, stored: readonly string[]): string | undefined {
  const wanted = canonical(typed);
  if (wanted.length === 0) return undefined;
  return stored.find((code) => canonical(code) === wanted);
}
