// Password hashing (argon2id, OWASP's minimum: m = 19 MiB, t = 2, p = 1) and the
// password policy: at least 12 characters, no composition rules, not a common password.
import { hash, verify } from "@node-rs/argon2";
import { dictionary } from "@zxcvbn-ts/language-common";

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

// Algorithm.Argon2id of @node-rs/argon2 is a const enum, which isolated modules cannot read.
const ARGON2ID = 2;
const ARGON2 = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2);
}

export async function verifyPassword({ hash: stored, password }: { hash: string; password: string }): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false; // malformed hash
  }
}

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set(dictionary["passwords-common"] as string[]);
  return common;
}

/**
 * A common password, or one made of a common password plus digits and symbols
 * ("password2026!"), or one common word repeated ("qwertyqwerty").
 */
export function isCommonPassword(password: string): boolean {
  const list = commonPasswords();
  const lower = password.toLowerCase();
  if (list.has(lower)) return true;
  const core = lower.replace(/[\d\W_]+$/u, "").replace(/^[\d\W_]+/u, "");
  if (core.length >= 4 && list.has(core)) return true;
  const repeated = /^(.{3,}?)\1+$/u.exec(lower);
  return Boolean(repeated && list.has(repeated[1]!));
}

export type PasswordProblem = "tooShort" | "tooLong" | "common";

export function passwordProblem(password: string): PasswordProblem | undefined {
  if ([...password].length < MIN_PASSWORD_LENGTH) return "tooShort";
  if (password.length > MAX_PASSWORD_LENGTH) return "tooLong";
  if (isCommonPassword(password)) return "common";
  return undefined;
}
