// The inquiry journey's questions: one zod schema per step, shared by the
// browser (inline validation when JavaScript runs) and the server, which is
// authoritative. Parsing never throws: any input, however malformed, comes back
// either as clean data or as one error code per field. Error codes are
// translated in messages/inquiry/*.json under inquiryErrors.<field>.<code>.
// zod/mini: the same validation engine as "zod" with a functional, tree-shakable
// API, so the browser loads about a third of the code (bench figure 4).
import * as z from "zod/mini";
import { DIRECTIONS, MUNICIPALITY_SLUGS, SECTORS, SIZE_BANDS, SUPPORT_SERVICES, TIMELINES } from "../domain/catalog.ts";
import { locales } from "../i18n/routing.ts";
import { COUNTRY_CODES } from "./countries.ts";
import { storableText } from "../security/action-input.ts";

// This module also runs in the browser, under a CSP without 'unsafe-eval' (decision
// 0005): zod must not compile parsers with new Function, nor probe whether it may,
// which browsers report as a CSP violation even though zod catches the error.
z.config({ jitless: true });

/**
 * Version of the privacy notice the applicant consents to; stored with every inquiry.
 * 2026-12: partners see the contact person only after accepting (issue #17).
 */
export const PRIVACY_NOTICE_VERSION = "2026-12";

export const INVESTMENT_BANDS = ["lt-250k", "250k-1m", "1m-5m", "5m-20m", "gt-20m"] as const;
export type InvestmentBand = (typeof INVESTMENT_BANDS)[number];

export const STEPS = ["direction", "company", "plans", "contact"] as const;
export type StepId = (typeof STEPS)[number];

export const LIMITS = {
  name: 200,
  city: 120,
  website: 300,
  email: 254,
  phone: 30,
  phoneDigitsMin: 7,
  phoneDigitsMax: 15,
  descriptionMin: 50,
  descriptionMax: 4000,
  yearMin: 1800,
  jobsMax: 100_000,
} as const;

export const ERROR_CODES = ["required", "tooLong", "tooShort", "controlChars", "format", "range", "notLatin"] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Every field of the journey, with the error codes it can produce. The messages test checks each has a text. */
export const FIELD_ERRORS = {
  direction: ["required"],
  companyName: ["required", "tooLong", "controlChars"],
  companyNameLatin: ["tooLong", "controlChars", "notLatin"],
  website: ["tooLong", "format"],
  hqCity: ["required", "tooLong", "controlChars"],
  hqCountry: ["required"],
  sizeBand: ["required"],
  foundedYear: ["format", "range"],
  isStartup: ["required"],
  sectors: ["required"],
  supportNeeds: ["required"],
  timeline: ["required"],
  plannedInvestment: ["required"],
  plannedJobs: ["format", "range"],
  preferredMunicipalities: ["required"],
  description: ["required", "tooShort", "tooLong", "controlChars"],
  contactName: ["required", "tooLong", "controlChars"],
  contactNameLatin: ["tooLong", "controlChars", "notLatin"],
  contactRole: ["tooLong", "controlChars"],
  contactEmail: ["required", "tooLong", "format"],
  contactPhone: ["required", "format"],
  replyLocale: ["required"],
  privacyConsent: ["required"],
} as const satisfies Record<string, readonly ErrorCode[]>;
export type FieldName = keyof typeof FIELD_ERRORS;

export const STEP_FIELDS = {
  direction: ["direction"],
  company: ["companyName", "companyNameLatin", "website", "hqCity", "hqCountry", "sizeBand", "foundedYear", "isStartup", "sectors"],
  plans: ["supportNeeds", "timeline", "plannedInvestment", "plannedJobs", "preferredMunicipalities", "description"],
  contact: ["contactName", "contactNameLatin", "contactRole", "contactEmail", "contactPhone", "replyLocale", "privacyConsent"],
} as const satisfies Record<StepId, readonly FieldName[]>;

/** Fields that take several values (checkbox groups). */
export const MULTI_FIELDS = new Set<FieldName>(["sectors", "supportNeeds", "preferredMunicipalities"]);

// C0 and C1 control characters, line and paragraph separators, and the bidi
// embedding/override/isolate controls that can disguise text.
const CONTROL_ANY = /[\p{Cc}\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;
// The same without the newline, for the free-text description.
const CONTROL_EXCEPT_NEWLINE = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/u;
// A Latin spelling: Latin letters, digits, spaces and the punctuation of company names.
const LATIN_SPELLING = /^[\p{Script=Latin}\p{Nd}\p{Zs}\p{P}\p{S}]*$/u;
// International ("+81 3 …") or national ("03-…", "0201 …") as people write them; the
// server reads the number itself with the headquarters' country (phone.ts).
const PHONE_SHAPE = /^(?:\+[1-9]|[0-9(])[0-9 ()\-./]*$/;

/** Length in characters as people count them (code points), stopping early past `limit`. */
export function characterCount(value: string, limit = Number.POSITIVE_INFINITY): number {
  let count = 0;
  for (let i = 0; i < value.length && count <= limit; i++) {
    const code = value.charCodeAt(i);
    // A high surrogate followed by a low one is a single character.
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
    }
    count++;
  }
  return count;
}

// Whitespace that pasted text brings along (tabs, no-break spaces from word
// processors, Windows line ends) is harmless: it becomes plain spaces and line
// breaks. Real control characters and bidi overrides are still refused.
const SPACE_LIKE = /[\t\u00A0\u2007\u202F]/g;
/** One line: tabs, no-break spaces and stray line breaks become single spaces. */
export function tidySingleLine(value: string): string {
  return value.replace(/\r\n?|\n|\u2028|\u2029/g, " ").replace(SPACE_LIKE, " ").trim();
}
/** Free text: Windows and old Mac line ends become "\n", tabs and no-break spaces plain spaces. */
export function tidyText(value: string): string {
  return value.replace(/\r\n?|\u2028/g, "\n").replace(/\u2029/g, "\n\n").replace(SPACE_LIKE, " ").trim();
}

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");
/** Full-width digits, "＋" and "＠" from Japanese input methods become their ASCII forms. */
const nfkcTrim = (v: unknown) => (typeof v === "string" ? v.normalize("NFKC").trim() : v);
const trim = (v: unknown) => (typeof v === "string" ? v.trim() : v);
const tidy = (v: unknown) => (typeof v === "string" ? tidySingleLine(v) : v);

/** Runs `prepare` on the raw value, then validates the result with `schema`. */
function preprocess<S extends z.ZodMiniType>(prepare: (value: unknown) => unknown, schema: S) {
  return z.pipe(z.transform(prepare), schema);
}

function singleLine(max: number) {
  return z.string({ error: "required" }).check(
    z.minLength(1, { error: "required" }),
    z.refine((s: string) => characterCount(s, max) <= max, { error: "tooLong", abort: true }),
    z.refine((s: string) => !CONTROL_ANY.test(s), { error: "controlChars" }),
  );
}

function requiredText(max: number) {
  return preprocess(tidy, singleLine(max));
}

function optionalText(max: number) {
  return preprocess((v) => (isBlank(v) ? undefined : tidy(v)), z.optional(singleLine(max)));
}

function choice<const T extends readonly [string, ...string[]]>(values: T) {
  return preprocess(trim, z.enum(values, { error: "required" }));
}

function optionalChoice<const T extends readonly [string, ...string[]]>(values: T) {
  return preprocess((v) => (isBlank(v) ? undefined : trim(v)), z.optional(z.enum(values, { error: "required" })));
}

/** A checkbox group: one value or a list, each one of `values`; duplicates dropped. */
function several<const T extends readonly [string, ...string[]]>(values: T, options: { min: number }) {
  const list = z.pipe(
    z.array(z.enum(values, { error: "required" }), { error: "required" }).check(z.maxLength(values.length * 4, { error: "required" })),
    z.transform((items: T[number][]) => values.filter((v) => items.includes(v))),
  );
  return preprocess(
    (v) => (v === undefined || v === null || v === "" ? [] : typeof v === "string" ? [v] : v),
    options.min > 0 ? list.check(z.refine((items: T[number][]) => items.length >= options.min, { error: "required" })) : list,
  );
}

/** Whole numbers typed as text ("２０１７", " 12 ") or given as numbers; blank means not answered. */
function optionalWholeNumber(min: number, max: () => number) {
  return preprocess(
    (v) => {
      if (isBlank(v)) return undefined;
      if (typeof v !== "string") return v;
      const s = v.normalize("NFKC").trim().replace(/[,.\s](?=\d{3}\b)/g, "");
      return /^-?\d{1,9}$/.test(s) ? Number(s) : s;
    },
    z.optional(
      z.number({ error: "format" }).check(
        z.refine((n: number) => Number.isInteger(n), { error: "format", abort: true }),
        z.refine((n: number) => n >= min && n <= max(), { error: "range" }),
      ),
    ),
  );
}

function yesNo() {
  return preprocess((v) => {
    const s = trim(v);
    if (s === "yes" || s === true) return true;
    if (s === "no" || s === false) return false;
    return undefined;
  }, z.boolean({ error: "required" }));
}

function normaliseWebsite(v: unknown): unknown {
  if (isBlank(v)) return undefined;
  const s = nfkcTrim(v);
  if (typeof s !== "string") return s;
  return /^[a-z][a-z0-9+.-]*:/i.test(s) ? s : `https://${s}`;
}

function isWebAddress(s: string): boolean {
  if (/\s/.test(s)) return false;
  try {
    const url = new URL(s);
    return (url.protocol === "https:" || url.protocol === "http:") && !url.username && !url.password && /\.[^.]{2,}$/.test(url.hostname);
  } catch {
    return false;
  }
}

export const directionSchema = z.object({
  direction: choice(DIRECTIONS),
});

/** An optional Latin-letter spelling of a name written in another script. */
const latinSpelling = () =>
  preprocess(
    (v) => (isBlank(v) ? undefined : tidy(v)),
    z.optional(singleLine(LIMITS.name).check(z.refine((s: string) => LATIN_SPELLING.test(s), { error: "notLatin" }))),
  );

export const companySchema = z.object({
  companyName: requiredText(LIMITS.name),
  companyNameLatin: latinSpelling(),
  website: preprocess(
    normaliseWebsite,
    z.optional(
      z.string({ error: "format" }).check(
        z.refine((s: string) => s.length <= LIMITS.website, { error: "tooLong", abort: true }),
        z.refine(isWebAddress, { error: "format" }),
      ),
    ),
  ),
  hqCity: requiredText(LIMITS.city),
  hqCountry: preprocess((v) => (typeof v === "string" ? v.trim().toUpperCase() : v), z.enum(COUNTRY_CODES, { error: "required" })),
  sizeBand: choice(SIZE_BANDS),
  foundedYear: optionalWholeNumber(LIMITS.yearMin, () => new Date().getFullYear()),
  isStartup: yesNo(),
  sectors: several(SECTORS, { min: 1 }),
});

export const plansSchema = z.object({
  supportNeeds: several(SUPPORT_SERVICES, { min: 1 }),
  timeline: choice(TIMELINES),
  plannedInvestment: optionalChoice(INVESTMENT_BANDS),
  plannedJobs: optionalWholeNumber(0, () => LIMITS.jobsMax),
  preferredMunicipalities: several(MUNICIPALITY_SLUGS, { min: 0 }),
  description: preprocess(
    (v) => (typeof v === "string" ? tidyText(v) : v),
    z.string({ error: "required" }).check(
      z.minLength(1, { error: "required" }),
      z.refine((s: string) => characterCount(s, LIMITS.descriptionMin) >= LIMITS.descriptionMin, { error: "tooShort", abort: true }),
      z.refine((s: string) => characterCount(s, LIMITS.descriptionMax) <= LIMITS.descriptionMax, { error: "tooLong", abort: true }),
      z.refine((s: string) => !CONTROL_EXCEPT_NEWLINE.test(s), { error: "controlChars" }),
    ),
  ),
});

export const contactSchema = z.object({
  contactName: requiredText(LIMITS.name),
  contactNameLatin: latinSpelling(),
  contactRole: optionalText(LIMITS.name),
  contactEmail: preprocess(
    nfkcTrim,
    z.pipe(
      z.string({ error: "required" }).check(
        z.minLength(1, { error: "required" }),
        z.refine((s: string) => s.length <= LIMITS.email, { error: "tooLong", abort: true }),
      ),
      z.email({ error: "format" }),
    ),
  ),
  contactPhone: preprocess(
    nfkcTrim,
    z.string({ error: "required" }).check(
      z.minLength(1, { error: "required" }),
      z.refine(
        (s: string) => {
          if (s.length > LIMITS.phone || !PHONE_SHAPE.test(s)) return false;
          const digits = s.replace(/\D/g, "").length;
          return digits >= LIMITS.phoneDigitsMin && digits <= LIMITS.phoneDigitsMax;
        },
        { error: "format" },
      ),
    ),
  ),
  replyLocale: choice(locales),
  privacyConsent: preprocess((v) => {
    const s = trim(v);
    return s === "yes" || s === "on" || s === true ? true : undefined;
  }, z.literal(true, { error: "required" })),
});

export const stepSchemas = { direction: directionSchema, company: companySchema, plans: plansSchema, contact: contactSchema } as const;

export type DirectionAnswers = z.output<typeof directionSchema>;
export type CompanyAnswers = z.output<typeof companySchema>;
export type PlansAnswers = z.output<typeof plansSchema>;
export type ContactAnswers = z.output<typeof contactSchema>;
export type StepAnswers = { direction: DirectionAnswers; company: CompanyAnswers; plans: PlansAnswers; contact: ContactAnswers };
/** A complete, validated inquiry as the applicant gave it. */
export type InquiryAnswers = DirectionAnswers & CompanyAnswers & PlansAnswers & ContactAnswers;

export type FieldErrors = Partial<Record<FieldName, ErrorCode>>;
export type ParseResult<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isErrorCode(value: string): value is ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(value);
}

/** The first problem per field, as an error code. */
function fieldErrors(issues: readonly z.core.$ZodIssue[], fields: readonly FieldName[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path[0];
    if (typeof field !== "string" || !(fields as readonly string[]).includes(field)) continue;
    const name = field as FieldName;
    if (errors[name]) continue;
    errors[name] = isErrorCode(issue.message) ? issue.message : "required";
  }
  // An issue zod reports without a field path still has to reach the applicant.
  if (Object.keys(errors).length === 0) errors[fields[0]!] = "required";
  return errors;
}

/** Reads a typed phone number in a country as E.164, or undefined when it is none there (server: phone.ts). */
export type PhoneReader = (typed: string, country: string | undefined) => string | undefined;
/**
 * What the server adds to the shape checks: `phone` reads the number itself, in
 * `country` (the headquarters'; parseInquiry takes it from the answers).
 */
export type ParseOptions = { phone?: PhoneReader; country?: string };

/** The server's reading of a contact step that passed the shape checks: the phone number as E.164. */
function readPhone<T>(result: ParseResult<T>, picked: Record<string, unknown>, options: ParseOptions): ParseResult<T> {
  const reader = options.phone;
  if (!reader || (!result.ok && result.errors.contactPhone)) return result;
  const typed = picked.contactPhone;
  const e164 = typeof typed === "string" ? reader(typed, options.country) : undefined;
  if (e164 === undefined) return { ok: false, errors: { ...(result.ok ? {} : result.errors), contactPhone: "format" } };
  return result.ok ? { ok: true, data: { ...result.data, contactPhone: e164 } } : result;
}

/** Validates one step's answers. Never throws. */
export function parseStep<S extends StepId>(step: S, input: unknown, options: ParseOptions = {}): ParseResult<StepAnswers[S]> {
  const schema = stepSchemas[step] as unknown as z.ZodMiniType<StepAnswers[S]>;
  const fields = STEP_FIELDS[step] as readonly FieldName[];
  // Only the step's own fields are looked at; anything else (arrays, prototypes, extra keys) is ignored.
  const source = isRecord(input) ? input : {};
  const picked: Record<string, unknown> = {};
  for (const field of fields) {
    if (Object.prototype.hasOwnProperty.call(source, field)) picked[field] = source[field];
  }
  try {
    const result = schema.safeParse(picked);
    const parsed: ParseResult<StepAnswers[S]> = result.success ? { ok: true, data: result.data } : { ok: false, errors: fieldErrors(result.error.issues, fields) };
    return step === "contact" ? readPhone(parsed, picked, options) : parsed;
  } catch {
    // Defensive: zod does not throw from safeParse, but a hostile value must never become a 500.
    return { ok: false, errors: { [fields[0]!]: "required" } };
  }
}

/** Validates a whole inquiry (all four steps); the phone number is read in the headquarters' country. Never throws. */
export function parseInquiry(input: unknown, options: ParseOptions = {}): ParseResult<InquiryAnswers> {
  let errors: FieldErrors = {};
  let data: Partial<InquiryAnswers> = {};
  const country = isRecord(input) && typeof input.hqCountry === "string" ? input.hqCountry.trim().toUpperCase() : undefined;
  for (const step of STEPS) {
    const result = parseStep(step, input, { country, ...options });
    if (result.ok) data = { ...data, ...result.data };
    else errors = { ...errors, ...result.errors };
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, data: data as InquiryAnswers };
}

// --- What the form shows: the raw values, as typed ---

/** Field values as the form shows them: text, or a list for checkbox groups. */
export type FormValues = Partial<Record<FieldName, string | string[]>>;

/** Longest text kept for re-display of a rejected value; anything longer was rejected anyway. */
const MAX_ECHO = LIMITS.descriptionMax + 1000;

function echo(value: unknown): string | undefined {
  // Echoed values are kept in the draft (jsonb), which cannot hold a NUL byte; the field's own check still refuses it.
  if (typeof value === "string") return storableText(value.length > MAX_ECHO ? value.slice(0, MAX_ECHO) : value);
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  if (typeof value === "boolean") return value ? "yes" : "no";
  return undefined;
}

/** Picks a step's fields out of anything (a FormData-like object, stored answers) for the form to show again. */
export function formValues(step: StepId, input: unknown): FormValues {
  const source = isRecord(input) ? input : {};
  const values: FormValues = {};
  for (const field of STEP_FIELDS[step] as readonly FieldName[]) {
    const raw = Object.prototype.hasOwnProperty.call(source, field) ? source[field] : undefined;
    if (MULTI_FIELDS.has(field)) {
      const list = (Array.isArray(raw) ? raw : [raw]).map(echo).filter((v): v is string => v !== undefined);
      values[field] = list.slice(0, 50);
    } else {
      const v = field === "privacyConsent" && raw === true ? "yes" : echo(raw);
      if (v !== undefined) values[field] = v;
    }
  }
  return values;
}

/** Reads a posted form into a plain object: lists for checkbox groups, text for the rest; files are dropped. */
export function readForm(step: StepId, form: FormData): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const field of STEP_FIELDS[step] as readonly FieldName[]) {
    if (MULTI_FIELDS.has(field)) {
      out[field] = form.getAll(field).filter((v): v is string => typeof v === "string");
    } else {
      const v = form.get(field);
      if (typeof v === "string") out[field] = v;
    }
  }
  return out;
}
