// Server Actions are public endpoints: anyone may call one with any arguments, not
// only the FormData our forms send. Each action checks what arrived before reading
// it, so that a malformed call gets an ordinary answer instead of a server error.
import { isLocale, routing, type Locale } from "../i18n/routing.ts";

export function isFormData(value: unknown): value is FormData {
  return value instanceof FormData;
}

/**
 * PostgreSQL's text and jsonb cannot hold U+0000: a NUL byte that reaches a query
 * is a server error, not a refusal (issue #14, finding 7). Every form reader asks
 * this before using what arrived; the staff action wrapper (lib/auth/staff-action.ts)
 * answers such a form as invalid input.
 */
export function hasNulByte(form: FormData): boolean {
  for (const [name, value] of form) if (name.includes("\0") || (typeof value === "string" && value.includes("\0"))) return true;
  return false;
}

/** `text` as it can be stored and shown again: a NUL byte becomes U+FFFD, the replacement character. */
export function storableText(text: string): string {
  return text.replaceAll("\0", "\uFFFD");
}

/** The form's `locale` field, or the default language. */
export function formLocale(form: FormData): Locale {
  const value = form.get("locale");
  return isLocale(value) ? value : routing.defaultLocale;
}

/** The next value of a form state's submission counter, whatever arrived as the previous state. */
export function nextSubmission(previous: unknown): number {
  const counted = typeof previous === "object" && previous !== null ? (previous as { submission?: unknown }).submission : undefined;
  return typeof counted === "number" && Number.isSafeInteger(counted) ? counted + 1 : 1;
}
