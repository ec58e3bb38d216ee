import "server-only";
// The programme report as a workbook (XLSX: an "about" sheet, then one sheet per table,
// labelled in the reader's language, counts as numbers) and as CSV (UTF-8 with BOM; a
// semicolon for German readers, whose Excel expects it). Both render the tables of
// lib/reporting/tables.ts, so a suppressed cell is the same mark everywhere.
import ExcelJS from "exceljs";
import { stringify } from "csv-stringify/sync";
import type { Translate } from "../i18n/translator.ts";
import type { Locale } from "../i18n/routing.ts";
import { neutraliseFormula } from "../casework/export-csv.ts";
import { NO_DATA } from "../domain/suppression.ts";
import type { ReportTableModel, TableValue } from "./tables.ts";

export type ReportMeta = { title: string; programme: string; period: string; previous: string; asOf: string; legend: string; definitions: string[] };

/** German Excel splits CSV at semicolons; Japanese and English Excel at commas. */
export const csvDelimiter = (locale: Locale) => (locale === "de" ? ";" : ",");

type Marks = { suppressed: string; noData: string };

function cellOf(value: TableValue, marks: Marks): string | number {
  if (value === null) return marks.suppressed;
  if (typeof value === "number") return value;
  if ("text" in value) return neutraliseFormula(value.text);
  if (value.decimal === null) return marks.suppressed;
  return value.decimal === NO_DATA ? marks.noData : Math.round(value.decimal * 10) / 10;
}

const marksOf = (t: Translate): Marks => ({ suppressed: t("report.suppressed.mark"), noData: t("report.noData.mark") });

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\, unique in the workbook. */
function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, " ").slice(0, 28) || "Sheet";
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${base} ${i}`;
  taken.add(name.toLowerCase());
  return name;
}

export async function reportXlsx(tables: ReportTableModel[], meta: ReportMeta, t: Translate): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = meta.programme;
  workbook.title = meta.title;
  const taken = new Set<string>();
  const marks = marksOf(t);

  const about = workbook.addWorksheet(sheetName(t("report.sheets.about"), taken));
  about.columns = [{ width: 28 }, { width: 90 }];
  about.addRow([meta.title]).font = { bold: true, size: 14 };
  about.addRow([t("report.periodLabel"), meta.period]);
  about.addRow([t("report.previousLabel"), meta.previous]);
  about.addRow([meta.asOf]);
  about.addRow([meta.programme]);
  about.addRow([]);
  about.addRow([meta.legend]);
  about.addRow([]);
  about.addRow([t("report.sections.definitions")]).font = { bold: true };
  for (const definition of meta.definitions) about.addRow([definition]).alignment = { wrapText: true };

  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.headers[0] || table.title, taken));
    sheet.addRow([table.title]).font = { bold: true };
    const header = sheet.addRow(table.headers);
    header.font = { bold: true };
    sheet.views = [{ state: "frozen", ySplit: 2 }];
    for (const row of table.rows) sheet.addRow([neutraliseFormula(row.label), ...row.values.map((v) => cellOf(v, marks))]);
    if (table.total) sheet.addRow([table.total.label, ...table.total.values.map((v) => cellOf(v, marks))]).font = { bold: true };
    sheet.getColumn(1).width = 40;
    for (let c = 2; c <= table.headers.length; c++) sheet.getColumn(c).width = Math.min(40, Math.max(12, (table.headers[c - 1]?.length ?? 0) + 2));
    sheet.addRow([]);
    sheet.addRow([meta.legend]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function reportCsv(tables: ReportTableModel[], meta: ReportMeta, t: Translate, locale: Locale): string {
  const marks = marksOf(t);
  const rows: (string | number)[][] = [[meta.title], [t("report.periodLabel"), meta.period], [t("report.previousLabel"), meta.previous], [meta.asOf], [meta.legend]];
  // Numbers as the reader's Excel reads them: a decimal comma in German.
  const decimal = (v: string | number) => (typeof v === "number" && locale === "de" ? String(v).replace(".", ",") : v);
  for (const table of tables) {
    rows.push([], [table.title], table.headers);
    for (const row of table.rows) rows.push([neutraliseFormula(row.label), ...row.values.map((v) => decimal(cellOf(v, marks)))]);
    if (table.total) rows.push([table.total.label, ...table.total.values.map((v) => decimal(cellOf(v, marks)))]);
  }
  rows.push([], [t("report.sections.definitions")], ...meta.definitions.map((d) => [d]));
  return "\uFEFF" + stringify(rows, { delimiter: csvDelimiter(locale), record_delimiter: "\r\n" });
}
