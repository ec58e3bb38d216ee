// The editor's form fields and the payload they make, one naming scheme for the form
// (components/admin/content/) and the Server Action: a translated field is
// "<field>.<locale>", a list field holds one entry per line, checkboxes repeat their name.
import { locales, type Locale } from "../i18n/routing.ts";
import { LIST_FIELDS, PROFILE_TEXT_FIELDS, type ContentKind } from "./schemas.ts";
import { EVENT_TEXT_FIELDS } from "./event-schema.ts";
import { FIGURE_KEYS } from "./site-schemas.ts";

export function editorPath(locale: Locale, kind: ContentKind, key: string): string {
  return `/${locale}/admin/content/${kind}/${encodeURIComponent(key)}`;
}

export function fieldName(field: string, locale?: Locale): string {
  return locale ? `${field}.${locale}` : field;
}

/** The element id of a field's input, for labels and the error summary's links. */
export function fieldId(field: string, locale?: Locale): string {
  return `field-${field}${locale ? `-${locale}` : ""}`;
}

const value = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === "string" ? v : "";
};

function translated(form: FormData, fields: readonly string[]) {
  return Object.fromEntries(
    locales.map((locale) => [
      locale,
      Object.fromEntries(fields.map((f) => [f, LIST_FIELDS.includes(f) ? value(form, fieldName(f, locale)).split(/\r?\n/) : value(form, fieldName(f, locale))])),
    ]),
  );
}

const PROFILE_PLAIN = ["contactName", "email", "phone", "website", "street", "postcode", "city"] as const;

/** The payload a submitted editor form describes (validated by the kind's schema afterwards). */
export function readContentForm(kind: string, form: FormData): unknown {
  switch (kind) {
    case "profile":
      return {
        texts: translated(form, PROFILE_TEXT_FIELDS),
        sectors: form.getAll("sectors").map(String),
        services: form.getAll("services").map(String),
        ...Object.fromEntries(PROFILE_PLAIN.map((f) => [f, value(form, f)])),
      };
    case "event":
      return {
        texts: translated(form, EVENT_TEXT_FIELDS),
        ...Object.fromEntries(["format", "onlineUrl", "zone", "startsAt", "endsAt", "hostSlug"].map((f) => [f, value(form, f)])),
        listed: form.get("listed") === "on",
      };
    case "contact": {
      const office = translated(form, ["contactOffice", "note"]) as Record<Locale, { contactOffice: string; note: string }>;
      return {
        texts: Object.fromEntries(locales.map((l) => [l, { name: office[l].contactOffice, note: office[l].note }])),
        ...Object.fromEntries(["contactName", "email", "phone", "website"].map((f) => [f, value(form, f)])),
      };
    }
    case "legal":
      return {
        ...Object.fromEntries(["representedBy", "phone", "email", "registerNumber", "vatId", "responsible"].map((f) => [f, value(form, f)])),
        registerCourt: Object.fromEntries(locales.map((l) => [l, value(form, fieldName("registerCourt", l))])),
      };
    case "figures":
      return {
        items: FIGURE_KEYS.map((key, i) => ({
          key,
          label: Object.fromEntries(locales.map((l) => [l, value(form, fieldName(`figure${i}Label`, l))])),
          value: Object.fromEntries(locales.map((l) => [l, value(form, fieldName(`figure${i}Value`, l))])),
          year: value(form, `figure${i}Year`),
        })),
        source: Object.fromEntries(locales.map((l) => [l, value(form, fieldName("source", l))])),
      };
    default:
      return undefined;
  }
}
