// The programme's contacts, the imprint's legal details and the home page's key figures
// (issue #19): payloads kept in SiteContent once published (decision 0027). Pure: no I/O.
import { z } from "zod";
import { locales, type Locale } from "../i18n/routing.ts";
import { checkContact, type ContentIssue } from "./schemas.ts";

const text = (max: number) => z.string().max(max).transform((s) => s.trim());
const line = text(200);
const perLocale = <T extends z.ZodType>(schema: T) => z.object({ de: schema, ja: schema, en: schema });

// ---- contacts -----------------------------------------------------------------------------

export const CONTACT_KEYS = ["gateway", "tokyo", "dataProtection"] as const;
export type ContactKey = (typeof CONTACT_KEYS)[number];

export const contactPayload = z.object({
  /** The office or role as the public reads it ("NRW.Global Business, Tokyo programme"). */
  texts: perLocale(z.object({ name: line, note: text(600) })),
  contactName: line,
  email: line,
  phone: line,
  website: line,
});
export type ContactPayload = z.output<typeof contactPayload>;

export function contactIssues(p: ContactPayload): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const locale of locales) if (!p.texts[locale].name) issues.push({ field: "contactOffice", locale, problem: "missing" });
  const anyNote = locales.some((l) => p.texts[l].note);
  if (anyNote) for (const locale of locales) if (!p.texts[locale].note) issues.push({ field: "note", locale, problem: "missing" });
  checkContact(issues, p, ["email", "phone"]);
  return issues;
}

export function emptyContact(): ContactPayload {
  const blank = { name: "", note: "" };
  return { texts: { de: blank, ja: blank, en: blank }, contactName: "", email: "", phone: "", website: "" };
}

// ---- legal details (imprint) ----------------------------------------------------------------

export const LEGAL_FIELDS = ["representedBy", "phone", "email", "registerCourt", "registerNumber", "vatId", "responsible"] as const;
export type LegalField = (typeof LEGAL_FIELDS)[number];

export const legalPayload = z.object({
  /** The managing directors' names, as registered. */
  representedBy: line,
  phone: line,
  email: line,
  /** The court's name in each language ("Amtsgericht Düsseldorf" / "デュッセルドルフ区裁判所"). */
  registerCourt: perLocale(line),
  registerNumber: line,
  vatId: line,
  /** Responsible for the content under § 18 (2) MStV: a person's name. */
  responsible: line,
});
export type LegalPayload = z.output<typeof legalPayload>;

export function legalIssues(p: LegalPayload): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const field of ["representedBy", "registerNumber", "vatId", "responsible"] as const) if (!p[field]) issues.push({ field, problem: "missing" });
  for (const locale of locales) if (!p.registerCourt[locale]) issues.push({ field: "registerCourt", locale, problem: "missing" });
  checkContact(issues, p, ["email", "phone"]);
  return issues;
}

export function emptyLegal(): LegalPayload {
  return { representedBy: "", phone: "", email: "", registerCourt: { de: "", ja: "", en: "" }, registerNumber: "", vatId: "", responsible: "" };
}

/** The legal details still missing: none once the imprint is complete. */
export function missingLegalDetails(p: LegalPayload | undefined): string[] {
  if (!p) return [...LEGAL_FIELDS];
  return LEGAL_FIELDS.filter((f) => (f === "registerCourt" ? locales.some((l) => !p.registerCourt[l]) : !p[f]));
}

// ---- key figures (home page) ----------------------------------------------------------------

export const FIGURE_KEYS = ["citizens", "companies", "trade", "investment", "universities", "office"] as const;

export const figuresPayload = z.object({
  items: z
    .array(z.object({ key: z.enum(FIGURE_KEYS), label: perLocale(line), value: perLocale(text(60)), year: text(9) }))
    .length(FIGURE_KEYS.length),
  source: perLocale(text(400)),
});
export type FiguresPayload = z.output<typeof figuresPayload>;

export function figuresIssues(p: FiguresPayload): ContentIssue[] {
  const issues: ContentIssue[] = [];
  p.items.forEach((item, i) => {
    for (const locale of locales) {
      if (!item.label[locale]) issues.push({ field: `figure${i}Label`, locale, problem: "missing" });
      if (!item.value[locale]) issues.push({ field: `figure${i}Value`, locale, problem: "missing" });
    }
    if (item.year && !/^\d{4}(\/\d{2,4})?$/.test(item.year)) issues.push({ field: `figure${i}Year`, problem: "format" });
  });
  for (const locale of locales) if (!p.source[locale]) issues.push({ field: "source", locale, problem: "missing" });
  return issues;
}

export type Translated = Record<Locale, string>;
