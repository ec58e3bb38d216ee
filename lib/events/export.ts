import "server-only";
// The host's download of an event's registrations, in the house style of the
// programme report's downloads (lib/reporting/export.ts): CSV in UTF-8 with a BOM
// (a semicolon for German readers), and an XLSX workbook; texts as typed, Japanese
// included, formula-like cells neutralised.
import ExcelJS from "exceljs";
import { stringify } from "csv-stringify/sync";
import { neutraliseFormula } from "../casework/export-csv.ts";
import type { Locale } from "../i18n/routing.ts";
import { translatorFor } from "../i18n/translator.ts";
import { csvDelimiter } from "../reporting/export.ts";
import { formatEventRange } from "./format.ts";
import type { HostEventDetail } from "./host.ts";
import { answerText } from "./questions.ts";

const COLUMNS = ["name", "nameLatin", "company", "role", "email", "language", "direction", "slot", "status", "registeredAt", "consent", "checkedIn"] as const;

function table(detail: HostEventDetail, locale: Locale): { headers: string[]; rows: string[][] } {
  const t = translatorFor(locale);
  const time = new Intl.DateTimeFormat(locale === "ja" ? "ja-JP" : locale === "de" ? "de-DE" : "en-GB", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Berlin" });
  const yesNo = { yes: t("registration.fields.yes"), no: t("registration.fields.no") };
  const headers = [...COLUMNS.map((c) => t(`registration.host.columns.${c}`)), ...detail.questions.map((q) => q.label[locale])];
  const rows = detail.registrations.map((r) => [
    r.name,
    r.nameLatin ?? "",
    r.company,
    r.role ?? "",
    r.email,
    r.locale,
    t(`registration.directions.${r.direction}`),
    r.slot ? formatEventRange(locale, "Europe/Berlin", r.slot.startsAt, r.slot.endsAt) : "",
    t(`registration.manage.statusNames.${r.status}`),
    time.format(r.createdAt),
    r.consentVersion,
    r.checkedInAt ? time.format(r.checkedInAt) : "",
    ...detail.questions.map((q) => answerText(q, r.answers[q.id], locale, yesNo)),
  ].map(neutraliseFormula));
  return { headers, rows };
}

export function registrationsCsv(detail: HostEventDetail, locale: Locale): string {
  const { headers, rows } = table(detail, locale);
  return `\uFEFF${stringify([[detail.title], headers, ...rows], { delimiter: csvDelimiter(locale), record_delimiter: "\r\n" })}`;
}

export async function registrationsXlsx(detail: HostEventDetail, locale: Locale): Promise<Buffer> {
  const t = translatorFor(locale);
  const { headers, rows } = table(detail, locale);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "NRW–Tokyo";
  workbook.title = detail.title;
  const sheet = workbook.addWorksheet(t("registration.host.list").slice(0, 31));
  sheet.addRow([detail.title]).font = { bold: true, size: 14 };
  sheet.addRow(headers).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 2 }];
  for (const row of rows) sheet.addRow(row);
  headers.forEach((h, i) => (sheet.getColumn(i + 1).width = Math.min(40, Math.max(12, h.length + 4))));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
