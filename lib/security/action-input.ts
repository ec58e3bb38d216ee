// Server Actions are public endpoints: anyone may call one with any arguments, not
// only the FormData our forms send. Each action checks what arrived before reading
// it, so that a malformed call gets an ordinary answer instead of a server error.
import { isLocale, routing, type Locale } from "../i18n/routing.ts";

export function isFormData(value: unknown): value is FormData {
  return value instanceof FormData;
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
