import "server-only";
// The programme report as labelled tables in the reader's language: one model that the
// page, the XLSX workbook (a sheet per table) and the CSV all render, so the three never
// disagree about a label, an order or a suppressed cell.
import type { Cell, Derived } from "../domain/suppression.ts";
import type { Translate } from "../i18n/translator.ts";
import { countryName } from "../inquiries/countries.ts";
import { localeTags, type Locale } from "../i18n/routing.ts";
import type { ReportPeriod } from "./period.ts";
import { REPORT_MAX_DAYS } from "./period.ts";
import type { Breakdown, ProgrammeReport } from "./report.ts";

/** A value of a table: a count (null: suppressed), a decimal figure (null: suppressed, NO_DATA: nothing to derive it from), or text. */
export type TableValue = Cell | { decimal: Derived } | { text: string };
export type ReportTableModel = {
  id: string;
  title: string;
  headers: string[];
  rows: { key: string; label: string; values: TableValue[] }[];
  total?: { label: string; values: TableValue[] };
};

/** "2. Quartal 2026", "2026年第2四半期", "Q2 2026"; a from/to period as its days. */
export function periodName(t: Translate, locale: Locale, period: ReportPeriod): string {
  if (period.kind === "quarter") return t("report.periods.quarter", { quarter: period.quarter!, year: period.year! });
  if (period.kind === "year") return t("report.periods.year", { year: period.year! });
  return t("report.periods.range", { range: periodDays(locale, period) });
}

/** The period's first and last day in the reader's language ("1. April – 30. Juni 2026", "2026年4月1日～6月30日"). */
export function periodDays(locale: Locale, period: ReportPeriod): string {
  const format = new Intl.DateTimeFormat(localeTags[locale], { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });
  const [from, to] = [new Date(`${period.from}T00:00:00Z`), new Date(`${period.to}T00:00:00Z`)];
  // ICU's Japanese range pattern falls back to 2026/10/01～2026/12/31; written Japanese wants 年月日.
  return locale === "ja" ? `${format.format(from)}～${format.format(to)}` : format.formatRange(from, to);
}

export { REPORT_MAX_DAYS };

function breakdownTable(id: string, title: string, t: Translate, breakdown: Breakdown, label: (key: string) => string, withTotal = true): ReportTableModel {
  return {
    id,
    title,
    headers: ["", t("report.columns.current"), t("report.columns.previous")],
    rows: breakdown.rows.map((r) => ({ key: r.key, label: label(r.key), values: [r.current, r.previous] })),
    ...(withTotal ? { total: { label: t("report.columns.total"), values: [breakdown.total.current, breakdown.total.previous] } } : {}),
  };
}

/** Every table of the report, in the page's order. */
export function reportTables(report: ProgrammeReport, t: Translate, locale: Locale): ReportTableModel[] {
  const { received, outcomes } = report;
  // The first column is named like the table's sheet in the workbook.
  const first = (id: string, table: ReportTableModel) => ({ ...table, headers: [t(`report.sheets.${id}`), ...table.headers.slice(1)] });
  return [
    first("direction", breakdownTable("direction", t("report.sections.received"), t, received.byDirection, (k) => t(`catalog.directions.${k}`))),
    first("sector", breakdownTable("sector", t("report.sections.bySector"), t, { ...received.bySector, total: { current: null, previous: null } }, (k) => t(`catalog.sectors.${k}`), false)),
    first("size", breakdownTable("size", t("report.sections.bySize"), t, received.bySize, (k) => t(`inquiry.options.sizeBand.${k}`))),
    first("startup", breakdownTable("startup", t("report.sections.byStartup"), t, received.byStartup, (k) => t(`report.values.${k}`))),
    first("country", breakdownTable("country", t("report.sections.byCountry"), t, received.byCountry, (k) => countryName(k, locale))),
    {
      id: "partners",
      title: t("report.sections.partners"),
      headers: [
        t("report.sheets.partners"), t("report.columns.forwarded"), t("report.columns.accepted"), t("report.columns.returned"),
        t("report.columns.withdrawn"), t("report.columns.unanswered"), t("report.columns.acceptDays"), t("report.columns.messageDays"),
        t("report.columns.previousForwarded"),
      ],
      rows: report.partners.map((p) => ({
        key: p.slug,
        label: p.name,
        values: [p.forwarded, p.accepted, p.returned, p.withdrawn, p.unanswered, { decimal: p.medianAcceptDays }, { decimal: p.medianFirstMessageDays }, p.previousForwarded],
      })),
    },
    {
      id: "outcomes",
      title: t("report.sections.outcomes"),
      headers: [t("report.sheets.outcomes"), t("report.columns.current"), t("report.columns.previous"), t("report.columns.jobs"), t("report.columns.previousJobs")],
      rows: outcomes.rows.map((r, i) => ({
        key: r.key,
        label: r.key === "erased" || r.key === "unrecorded" ? t(`report.values.${r.key}`) : t(`admin.outcomes.${r.key}`),
        values: [r.current, r.previous, outcomes.jobs[i]!.current, outcomes.jobs[i]!.previous],
      })),
      total: { label: t("report.columns.total"), values: [outcomes.total.current, outcomes.total.previous, outcomes.jobsTotal.current, outcomes.jobsTotal.previous] },
    },
    first("investment", breakdownTable("investment", t("report.sections.investment"), t, report.investment, (k) => t(`admin.close.investmentBands.${k}`))),
    {
      id: "events",
      title: t("report.sections.events"),
      headers: [t("report.sheets.events"), t("report.columns.events"), t("report.columns.previousEvents"), t("report.columns.registrations"), t("report.columns.previousRegistrations")],
      rows: report.events.rows.map((r, i) => ({
        key: r.key,
        label: t(`report.values.${r.key}`),
        values: [r.current, r.previous, report.registrations.rows[i]!.current, report.registrations.rows[i]!.previous],
      })),
      total: { label: t("report.columns.total"), values: [report.events.total.current, report.events.total.previous, report.registrations.total.current, report.registrations.total.previous] },
    },
  ];
}
