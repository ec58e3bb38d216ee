// The registration form's fields and their limits: one schema for the form, the
// server's check and the error messages (messages/registration/*.json).
// Pure: no I/O, safe in any bundle.
import { z } from "zod";
import { locales, type Locale } from "../i18n/routing.ts";
import { DIRECTIONS } from "../domain/catalog.ts";
import { readAnswers, type Answers, type AnswerErrors, type EventQuestion } from "./questions.ts";

export const REGISTRATION_FIELDS = ["name", "nameLatin", "company", "role", "email", "preferredLocale", "direction", "slot", "consent"] as const;
export type RegistrationField = (typeof REGISTRATION_FIELDS)[number];

export const REGISTRATION_LIMITS = { name: 200, nameLatin: 200, company: 200, role: 200, email: 254 } as const;

export type RegistrationErrorCode = "required" | "tooLong" | "invalid" | "latinOnly";
export type RegistrationErrors = Partial<Record<RegistrationField, RegistrationErrorCode>>;

/** What the form sent, as typed: shown again with the errors. */
export type RegistrationValues = Partial<Record<RegistrationField, string>> & { answers?: Answers };

export type RegistrationData = {
  name: string;
  nameLatin: string | null;
  company: string;
  role: string | null;
  email: string;
  locale: Locale;
  direction: (typeof DIRECTIONS)[number];
  slotId: string | null;
  answers: Answers;
};

const LATIN = /^[\p{Script=Latin}\p{M}\s'’.,-]+$/u;
const email = z.email();

/** Reads the posted form: every field as a trimmed string. */
export function registrationValues(get: (field: string) => string | undefined, questions: readonly EventQuestion[]): RegistrationValues {
  const values: RegistrationValues = {};
  for (const field of REGISTRATION_FIELDS) {
    const value = get(field);
    if (value !== undefined) values[field] = field === "consent" ? value : value.trim();
  }
  values.answers = readAnswers(questions, get).answers;
  return values;
}

/** Checks the values against the event's questions and slots; the same on the server and in the form's state. */
export function parseRegistration(
  values: RegistrationValues,
  event: { questions: readonly EventQuestion[]; slotIds: readonly string[] },
  get: (field: string) => string | undefined,
): { ok: true; data: RegistrationData } | { ok: false; errors: RegistrationErrors; answerErrors: AnswerErrors } {
  const errors: RegistrationErrors = {};
  const text = (field: keyof typeof REGISTRATION_LIMITS, required: boolean) => {
    const value = values[field] ?? "";
    if (!value) {
      if (required) errors[field] = "required";
      return null;
    }
    if ([...value].length > REGISTRATION_LIMITS[field]) errors[field] = "tooLong";
    return value;
  };
  const name = text("name", true);
  const nameLatin = text("nameLatin", false);
  if (nameLatin && !errors.nameLatin && !LATIN.test(nameLatin)) errors.nameLatin = "latinOnly";
  const company = text("company", true);
  const role = text("role", false);
  const address = text("email", true);
  if (address && !errors.email && !email.safeParse(address).success) errors.email = "invalid";
  const preferred = values.preferredLocale;
  if (!preferred) errors.preferredLocale = "required";
  else if (!(locales as readonly string[]).includes(preferred)) errors.preferredLocale = "invalid";
  const direction = values.direction;
  if (!direction) errors.direction = "required";
  else if (!(DIRECTIONS as readonly string[]).includes(direction)) errors.direction = "invalid";
  let slotId: string | null = null;
  if (event.slotIds.length) {
    if (!values.slot) errors.slot = "required";
    else if (!event.slotIds.includes(values.slot)) errors.slot = "invalid";
    else slotId = values.slot;
  }
  if (values.consent !== "yes") errors.consent = "required";
  const answers = readAnswers(event.questions, get);
  if (Object.keys(errors).length || Object.keys(answers.errors).length) return { ok: false, errors, answerErrors: answers.errors };
  return {
    ok: true,
    data: {
      name: name!,
      nameLatin,
      company: company!,
      role,
      email: address!,
      locale: preferred as Locale,
      direction: direction as RegistrationData["direction"],
      slotId,
      answers: answers.answers,
    },
  };
}
