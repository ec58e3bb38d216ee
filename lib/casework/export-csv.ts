import "server-only";
// The filtered inbox as a download an office opens as it is (issue #21): headers and
// values in the reader's UI language (status, direction, sectors, size … as words, not
// codes), times in Berlin time, either CSV (UTF-8 with a byte-order mark so that Excel
// reads Japanese; a semicolon for German Excel, a comma otherwise) or XLSX (real dates
// and numbers). Streamed in keyset batches, full description included.
import { PassThrough, Readable } from "node:stream";
import ExcelJS from "exceljs";
import { stringify } from "csv-stringify/sync";
import { db } from "../db/client.ts";
import { DIRECTIONS, SECTORS, SIZE_BANDS, SUPPORT_SERVICES, TIMELINES } from "../domain/catalog.ts";
import { OPEN_ASSIGNMENT_STATES, outcomeOf } from "../domain/workflow.ts";
import { ERASED_OUTCOME } from "../dataprotection/anonymise.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import { exportTranslator } from "../i18n/export-translator.ts";
import type { Locale } from "../i18n/routing.ts";
import type { Translate } from "../i18n/translator.ts";
import { countryName } from "../inquiries/countries.ts";
import { INVESTMENT_BANDS } from "../inquiries/schema.ts";
import { inIdOrder, pageOfIds, STATUSES, TIME_ZONE, type Keyset } from "./filters.ts";
import { languageName } from "../i18n/language-names.ts";
import { organisationLabelsFrom, type OrganisationLabels } from "../organisations/names.ts";

const BATCH = 500;
const BOM = "\uFEFF";

const exportSelect = {
  id: true,
  reference: true,
  submittedAt: true,
  status: true,
  direction: true,
  companyName: true,
  companyNameLatin: true,
  website: true,
  hqCity: true,
  hqCountry: true,
  sizeBand: true,
  foundedYear: true,
  isStartup: true,
  sectors: true,
  supportNeeds: true,
  timeline: true,
  plannedInvestment: true,
  plannedJobs: true,
  contactName: true,
  contactNameLatin: true,
  contactRole: true,
  contactEmail: true,
  contactPhone: true,
  locale: true,
  replyLocale: true,
  firstResponseAt: true,
  closedAt: true,
  outcome: true,
  description: true,
  preferences: { select: { organisation: { select: { slug: true, shortName: true } } } },
  assignments: { where: { state: { in: [...OPEN_ASSIGNMENT_STATES] } }, select: { organisation: { select: { slug: true, shortName: true } } } },
  // The description's translations (lib/translation/), one column per language.
  translations: { where: { source: "DESCRIPTION", status: "DONE" }, select: { targetLocale: true, body: true } },
} satisfies Prisma.InquirySelect;

type ExportRow = Prisma.InquiryGetPayload<{ select: typeof exportSelect }>;

/** The columns in order; each is labelled by inboxExport.columns.<key> in the reader's language. */
export const EXPORT_COLUMNS = [
  "reference", "submittedAt", "status", "direction", "companyName", "companyNameLatin", "website", "hqCity", "hqCountry",
  "sizeBand", "foundedYear", "isStartup", "sectors", "supportNeeds", "timeline", "plannedInvestment", "plannedJobs",
  "preferred", "holders", "contactName", "contactNameLatin", "contactRole", "contactEmail", "contactPhone",
  "formLanguage", "replyLanguage", "firstResponseAt", "closedAt", "outcome", "description",
  "descriptionDe", "descriptionJa", "descriptionEn",
] as const;
const TIME_COLUMNS = new Set<string>(["submittedAt", "firstResponseAt", "closedAt"]);

export type ExportFormat = "xlsx" | "csv";
export type CsvSeparator = "semicolon" | "comma";
/** German Excel splits CSV at semicolons, Japanese and English Excel at commas. */
export const defaultSeparator = (locale: Locale): CsvSeparator => (locale === "de" ? "semicolon" : "comma");

/** Spreadsheet programs run cells that start like a formula; applicants' text must stay text. */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** An instant as Berlin wall-clock time, carried in a Date's UTC fields (what a spreadsheet shows, having no time zones). */
export function berlinWallClock(at: Date): Date {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", { timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  return new Date(`${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}Z`);
}

type Value = string | number | Date | null;

/** A known code as its words, an unknown one (an older catalog's) as itself. */
function label(t: Translate, prefix: string, known: readonly string[], code: string | null): string | null {
  if (code === null) return null;
  return known.includes(code) ? t(`${prefix}.${code}`) : code;
}

/** One inquiry's cells in the order of EXPORT_COLUMNS, as words of `locale` (organisations named by `names`); times as Berlin wall-clock Dates. */
export function exportValues(row: ExportRow, t: Translate, locale: Locale, names: OrganisationLabels): Value[] {
  const outcome = row.outcome === ERASED_OUTCOME ? t("report.values.erased") : row.outcome ? (outcomeOf(row.outcome) ? t(`admin.outcomes.${outcomeOf(row.outcome)}`) : row.outcome) : null;
  const time = (at: Date | null) => (at ? berlinWallClock(at) : null);
  return [
    row.reference, time(row.submittedAt), label(t, "admin.status", STATUSES, row.status), label(t, "catalog.directions", DIRECTIONS, row.direction),
    row.companyName, row.companyNameLatin, row.website, row.hqCity, row.hqCountry ? countryName(row.hqCountry, locale) : null,
    label(t, "inquiry.options.sizeBand", SIZE_BANDS, row.sizeBand), row.foundedYear,
    t(row.isStartup ? "inquiry.options.yes" : "inquiry.options.no"),
    row.sectors.map((s) => label(t, "catalog.sectors", SECTORS, s)).join("; "),
    row.supportNeeds.map((s) => label(t, "catalog.services", SUPPORT_SERVICES, s)).join("; "),
    label(t, "inquiry.options.timeline", TIMELINES, row.timeline), label(t, "inquiry.options.investment", INVESTMENT_BANDS, row.plannedInvestment), row.plannedJobs,
    row.preferences.map((p) => names.municipality(p.organisation)).join("; "), row.assignments.map((a) => names.organisation(a.organisation)).join("; "),
    row.contactName, row.contactNameLatin, row.contactRole, row.contactEmail, row.contactPhone, languageName(row.locale, locale), languageName(row.replyLocale, locale),
    time(row.firstResponseAt), time(row.closedAt), outcome, row.description,
    ...(["de", "ja", "en"] as const).map((l) => row.translations.find((tr) => tr.targetLocale === l)?.body || null),
  ];
}

/** The header row: the columns' names in the reader's language. */
export const exportHeaders = (t: Translate) => EXPORT_COLUMNS.map((c) => t(`inboxExport.columns.${c}`));

/** CSV cells; a time as "2026-12-02 11:20" (Berlin), which Excel reads as a date and time in every language. */
function csvCells(values: Value[]): string[] {
  return values.map((v) => (v === null ? "" : v instanceof Date ? v.toISOString().slice(0, 16).replace("T", " ") : typeof v === "number" ? String(v) : neutraliseFormula(v)));
}

/** Batches of the inquiries matching `where` (lib/casework/filters.ts), newest first. */
async function* batches(where: Prisma.Sql): AsyncGenerator<ExportRow[]> {
  let after: Keyset | undefined;
  for (;;) {
    const ids = await pageOfIds(where, { after, take: BATCH });
    const page = inIdOrder(ids, await db().inquiry.findMany({ where: { id: { in: ids } }, select: exportSelect }));
    if (page.length) yield page;
    const last = page.at(-1);
    if (ids.length < BATCH || !last) return;
    after = { at: last.submittedAt, id: last.id };
  }
}

/** A byte stream of the CSV for every inquiry matching `where`, in `locale`'s words, with `separator`. */
export function inquiriesCsvStream(where: Prisma.Sql, locale: Locale = "en", separator: CsvSeparator = defaultSeparator(locale)): ReadableStream<Uint8Array> {
  const t = exportTranslator(locale);
  const encoder = new TextEncoder();
  const delimiter = separator === "semicolon" ? ";" : ",";
  const rows = batches(where);
  let names: OrganisationLabels | undefined;
  return new ReadableStream({
    async pull(controller) {
      if (!names) {
        names = await organisationLabelsFrom(db(), locale);
        controller.enqueue(encoder.encode(BOM + stringify([exportHeaders(t)], { delimiter, record_delimiter: "\r\n" })));
      }
      const next = await rows.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(stringify(next.value.map((r) => csvCells(exportValues(r, t, locale, names!))), { delimiter, record_delimiter: "\r\n" })));
    },
  });
}

/** The same as an XLSX workbook, written as it streams (exceljs's streaming writer): one sheet, dates as dates, numbers as numbers. */
export function inquiriesXlsxStream(where: Prisma.Sql, locale: Locale): ReadableStream<Uint8Array> {
  const t = exportTranslator(locale);
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(t("inboxExport.sheet"), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = EXPORT_COLUMNS.map((key) => ({
    key,
    width: key === "description" ? 60 : TIME_COLUMNS.has(key) ? 18 : 20,
    ...(TIME_COLUMNS.has(key) ? { style: { numFmt: "yyyy-mm-dd hh:mm" } } : {}),
  }));
  (async () => {
    const names = await organisationLabelsFrom(db(), locale);
    const header = sheet.addRow(exportHeaders(t));
    header.font = { bold: true };
    header.commit();
    for await (const page of batches(where)) {
      for (const row of page) {
        sheet.addRow(exportValues(row, t, locale, names).map((v) => (typeof v === "string" ? neutraliseFormula(v) : v))).commit();
      }
    }
    sheet.commit();
    await workbook.commit();
  })().catch((error: unknown) => out.destroy(error instanceof Error ? error : new Error(String(error))));
  return Readable.toWeb(out) as ReadableStream<Uint8Array>;
}
