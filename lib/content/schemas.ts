// What each kind of staff-edited content holds (decision 0027), zod first as the inquiry:
// `draft` schemas bound every field (a draft may be incomplete: saving never loses what
// was typed), and `publishIssues` says what keeps a version from the public, naming the
// field and the language ("Japanisch: Kurzbeschreibung fehlt"). Pure: no I/O.
import { z } from "zod";
import { isSector, isSupportService } from "../domain/catalog.ts";
import { locales, type Locale } from "../i18n/routing.ts";
import { disallowedLinks } from "./rich-text.ts";

export const CONTENT_KINDS = ["profile", "event", "contact", "legal", "figures"] as const;
export type ContentKind = (typeof CONTENT_KINDS)[number];

export const SHORT = 200;
export const LONG = 6_000;

const text = (max: number) => z.string().max(max).transform((s) => s.trim());
const line = text(SHORT);

/** One problem that blocks publishing: which field, in which language (if it is translated), what is wrong. */
export type ContentIssue = {
  field: string;
  locale?: Locale;
  problem: "missing" | "email" | "url" | "phone" | "link" | "format" | "order" | "gap" | "repeat" | "withdraw";
  /** For "gap" and "repeat" (a wall time the zone skips or repeats): the zone and the typed time, to name them. */
  zone?: string;
  wallTime?: string;
  /** For "withdraw": how many people publishing would tell by mail. */
  count?: number;
};

const perLocale = <T extends z.ZodType>(schema: T) => z.object({ de: schema, ja: schema, en: schema });

// ---- municipality profile -------------------------------------------------------------

export const PROFILE_TEXT_FIELDS = ["name", "agencyName", "tagline", "description", "offerForJapan", "japanFacts"] as const;
export type ProfileTextField = (typeof PROFILE_TEXT_FIELDS)[number];
/** Fields written in the Markdown subset (lib/content/rich-text.ts). */
export const RICH_FIELDS: readonly string[] = ["description", "offerForJapan", "summary"];
/** Fields that take several lines, one entry per line. */
export const LIST_FIELDS: readonly string[] = ["japanFacts"];

const profileText = z.object({
  name: line,
  agencyName: line,
  tagline: text(400),
  description: text(LONG),
  offerForJapan: text(LONG),
  /** One fact per entry; blank entries are dropped. */
  japanFacts: z.array(text(400)).max(20).transform((facts) => facts.filter(Boolean)),
});

export const profilePayload = z.object({
  texts: perLocale(profileText),
  sectors: z.array(z.string().max(40)).max(40).transform((codes) => [...new Set(codes.filter(isSector))]),
  services: z.array(z.string().max(40)).max(40).transform((codes) => [...new Set(codes.filter(isSupportService))]),
  contactName: line,
  email: line,
  phone: line,
  website: line,
  street: line,
  postcode: text(20),
  city: line,
});
export type ProfilePayload = z.output<typeof profilePayload>;

// ---- shared checks ----------------------------------------------------------------------

const EMAIL = z.email();
export const isEmail = (value: string) => EMAIL.safeParse(value).success;
export const isWebAddress = (value: string) => /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(value) && URL.canParse(value);
/** Digits, spaces and the usual separators, an optional leading +: something a tel: link can dial. */
export const isPhone = (value: string) => /^\+?[\d\s()./-]{5,30}$/.test(value) && /\d{4,}/.test(value.replace(/\D/g, ""));
/** Addresses that are examples, not contacts (RFC 2606): never published as contact data. */
export const isExampleAddress = (value: string) => /@([^@]*\.)?example\.(org|com|net)$|\.example$/i.test(value) || /^https?:\/\/([^/]*\.)?example\.(org|com|net)(\/|$)/i.test(value);

function checkTranslated(issues: ContentIssue[], texts: Record<Locale, Record<string, unknown>>, fields: readonly string[], required: readonly string[]) {
  for (const field of fields) {
    const anyFilled = locales.some((l) => filled(texts[l]?.[field]));
    for (const locale of locales) {
      const value = texts[locale]?.[field];
      if ((required.includes(field) || anyFilled) && !filled(value)) issues.push({ field, locale, problem: "missing" });
      else if (typeof value === "string" && RICH_FIELDS.includes(field) && disallowedLinks(value).length) issues.push({ field, locale, problem: "link" });
    }
  }
}

function filled(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : typeof value === "string" && value.trim() !== "";
}

export function checkContact(issues: ContentIssue[], values: { email?: string; phone?: string; website?: string }, required: readonly ("email" | "phone" | "website")[]) {
  for (const field of ["email", "phone", "website"] as const) {
    const value = values[field] ?? "";
    if (!value) {
      if (required.includes(field)) issues.push({ field, problem: "missing" });
      continue;
    }
    const ok = field === "email" ? isEmail(value) : field === "phone" ? isPhone(value) : isWebAddress(value);
    if (!ok) issues.push({ field, problem: field === "email" ? "email" : field === "phone" ? "phone" : "url" });
    else if (isExampleAddress(value)) issues.push({ field, problem: field === "website" ? "url" : "email" });
  }
}

export function profileIssues(payload: ProfilePayload): ContentIssue[] {
  const issues: ContentIssue[] = [];
  checkTranslated(issues, payload.texts, PROFILE_TEXT_FIELDS, ["name", "agencyName", "tagline", "description", "offerForJapan"]);
  if (!payload.sectors.length) issues.push({ field: "sectors", problem: "missing" });
  if (!payload.services.length) issues.push({ field: "services", problem: "missing" });
  checkContact(issues, payload, ["email", "website"]);
  if (!payload.city) issues.push({ field: "city", problem: "missing" });
  return issues;
}
