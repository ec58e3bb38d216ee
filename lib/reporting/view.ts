import "server-only";
// The programme report in one reader's language: the figures, their tables and the
// words around them (title, periods, date, definitions) for the page and the downloads.
import { exportTranslator } from "../i18n/export-translator.ts";
import type { Translate } from "../i18n/translator.ts";
import { localeTags, type Locale } from "../i18n/routing.ts";
import { TIME_ZONE } from "../casework/filters.ts";
import type { ReportPeriod } from "./period.ts";
import { byName, organisationLabelsFrom } from "../organisations/names.ts";
import { db } from "../db/client.ts";
import { loadReport } from "./report.ts";
import type { ReportMeta } from "./export.ts";
import { periodDays, periodName, reportTables } from "./tables.ts";

export const DEFINITION_KEYS = ["period", "received", "reciprocity", "firstResponse", "partners", "outcomes", "suppression", "noData", "anonymisation"] as const;

/** Berlin time for German and English readers, Tokyo time for Japanese ones. */
export const readerTimeZone = (locale: Locale) => (locale === "ja" ? "Asia/Tokyo" : TIME_ZONE);

export async function reportTranslator(locale: Locale): Promise<Translate> {
  return exportTranslator(locale);
}

export async function reportView(locale: Locale, period: ReportPeriod, now = new Date()) {
  const t = await reportTranslator(locale);
  const [loaded, names] = await Promise.all([loadReport(period), organisationLabelsFrom(db(), locale)]);
  // Partners by their names in the reader's language (エッセン経済振興公社（EWG）), the municipalities'
  // agencies in the reader's alphabetical order, the Tokyo partner after them.
  const compare = byName(locale);
  const partners = loaded.partners.map((p) => ({ ...p, name: names.organisation({ slug: p.slug, shortName: p.name }) }));
  const report = { ...loaded, partners: partners.sort((a, b) => a.kind.localeCompare(b.kind) || compare(a.name, b.name)) };
  const asOf = new Intl.DateTimeFormat(localeTags[locale], { year: "numeric", month: "long", day: "numeric", hour: "2-digit", minute: "2-digit", timeZone: readerTimeZone(locale), timeZoneName: "short" }).format(now);
  const meta: ReportMeta = {
    title: t("report.title"),
    programme: t("report.programme"),
    period: t("report.periodWithDays", { name: periodName(t, locale, report.period), days: periodDays(locale, report.period) }),
    previous: t("report.periodWithDays", { name: periodName(t, locale, report.previous), days: periodDays(locale, report.previous) }),
    asOf: t("report.asOf", { date: asOf }),
    legend: t("report.legend", { suppressed: t("report.suppressed.legend"), noData: t("report.noData.legend") }),
    definitions: [...DEFINITION_KEYS.map((k) => t(`report.definitions.${k}`)), t("report.eventsNote")],
  };
  return { t, report, tables: reportTables(report, t, locale), meta };
}
