import type { Metadata } from "next";
import type { Locale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { STAFF_CONTROL, TitledSection } from "@/components/admin/kit";
import { PairedBarChart } from "@/components/report/PairedBarChart";
import { MarkText, ReportTable } from "@/components/report/ReportTable";
import { NO_DATA, type Derived } from "@/lib/domain/suppression";
import { requirePermission } from "@/lib/auth/session";
import { localeTags } from "@/lib/i18n/routing";
import { currentQuarter, parseReportPeriod, periodParams, REPORT_MAX_DAYS, type ReportPeriod } from "@/lib/reporting/period";
import { periodName } from "@/lib/reporting/tables";
import { reportTranslator, reportView } from "@/lib/reporting/view";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await reportTranslator(locale);
  return { title: t("report.title"), robots: { index: false, follow: false } };
}

/** The quarters and years on offer: this year's and the two before, newest first. */
function periodChoices(now = new Date()): ReportPeriod[] {
  const current = currentQuarter(now);
  const choices: ReportPeriod[] = [];
  for (let year = current.year!; year >= current.year! - 2; year--) {
    choices.push({ kind: "year", year, from: `${year}-01-01`, to: `${year}-12-31` });
    for (let quarter = year === current.year ? current.quarter! : 4; quarter >= 1; quarter--) {
      choices.push({ kind: "quarter", year, quarter, from: "", to: "" });
    }
  }
  return choices;
}

/** The programme report for the ministry and the Tokyo Metropolitan Government (issue #21). */
export default async function ReportPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const raw = await searchParams;
  const here = new URLSearchParams(Object.entries(raw).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])));
  await requirePermission(locale, "report.view", `/${locale}/admin/report${here.size ? `?${here}` : ""}`);
  const parsed = parseReportPeriod(raw);
  const t = await reportTranslator(locale);
  const number = new Intl.NumberFormat(localeTags[locale]);
  const decimalFormat = new Intl.NumberFormat(localeTags[locale], { maximumFractionDigits: 1 });
  const typed = (key: string) => (typeof raw[key] === "string" ? (raw[key] as string) : "");
  const selected = "period" in parsed ? periodParams(parsed.period).period : typed("period");

  const chooser = (
    <div className="mt-6 grid gap-6 rounded-lg border border-line p-4 md:grid-cols-2 print:hidden">
      <form method="get" className="flex flex-wrap items-end gap-3">
        <div className="min-w-48 grow">
          <label htmlFor="report-period" className="font-semibold">
            {t("report.choose.period")}
          </label>
          <select id="report-period" name="period" defaultValue={selected ?? ""} className={STAFF_CONTROL}>
            {periodChoices().map((p) => {
              const value = periodParams(p).period!;
              return (
                <option key={value} value={value}>
                  {periodName(t, locale, p)}
                </option>
              );
            })}
          </select>
        </div>
        <button type="submit" className="button-primary">
          {t("report.choose.show")}
        </button>
      </form>
      <form method="get" className="flex flex-wrap items-end gap-3" aria-describedby="report-range-hint">
        <fieldset className="flex grow flex-wrap gap-3">
          <legend className="font-semibold">{t("report.choose.custom")}</legend>
          <div>
            <label htmlFor="report-from">{t("report.choose.from")}</label>
            <input id="report-from" name="from" type="date" defaultValue={typed("from")} className={STAFF_CONTROL} />
          </div>
          <div>
            <label htmlFor="report-to">{t("report.choose.to")}</label>
            <input id="report-to" name="to" type="date" defaultValue={typed("to")} className={STAFF_CONTROL} />
          </div>
        </fieldset>
        <button type="submit" className="button-primary">
          {t("report.choose.show")}
        </button>
        <p id="report-range-hint" className="w-full text-sm text-muted">
          {t("report.choose.rangeHint", { days: REPORT_MAX_DAYS })}
        </p>
      </form>
    </div>
  );

  if ("error" in parsed) {
    return (
      <div className="container-page py-8">
        <h1 className="text-3xl font-bold">{t("report.title")}</h1>
        <div id="period-error" role="alert" className="mt-6 rounded-lg border-2 border-accent p-4">
          <h2 className="text-lg font-bold">{t("report.errors.title")}</h2>
          <p className="mt-1">{t(`report.errors.${parsed.error}`, { days: REPORT_MAX_DAYS })}</p>
        </div>
        {chooser}
      </div>
    );
  }

  const { report, tables, meta } = await reportView(locale, parsed.period);
  const format = (n: number) => number.format(n);
  const decimal = (n: number) => decimalFormat.format(n);
  const suppressed = { mark: t("report.suppressed.mark"), text: t("report.suppressed.text") };
  const noData = { mark: t("report.noData.mark"), text: t("report.noData.text") };
  const shown = (n: number | null, render: (n: number) => string = format) => (n === null ? t("report.suppressed.inline", suppressed) : render(n));
  /** A median or ratio: its value, the suppression mark, or the no-data mark, each with its word for screen readers. */
  const derived = (v: Derived, render: (n: number) => string) =>
    v === null ? <MarkText {...suppressed} /> : v === NO_DATA ? <MarkText {...noData} /> : render(v);
  const derivedText = (v: Derived, render: (n: number) => string) =>
    v === null ? t("report.suppressed.inline", suppressed) : v === NO_DATA ? t("report.noData.inline", noData) : render(v);
  const days = (n: number) => t("report.summary.days", { days: decimal(n) });
  const downloads = new URLSearchParams(periodParams(parsed.period));
  const byId = new Map(tables.map((table) => [table.id, table]));
  const table = (id: string) => <ReportTable table={byId.get(id)!} format={format} decimal={decimal} suppressed={suppressed} noData={noData} />;
  const { received } = report;

  return (
    <div className="container-page py-8" data-print-report>
      <h1 className="text-3xl font-bold">{meta.title}</h1>
      <p className="mt-1 text-muted">{meta.programme}</p>
      <dl className="mt-3 grid gap-x-4 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("report.periodLabel")}</dt>
        <dd>{meta.period}</dd>
        <dt className="font-semibold">{t("report.previousLabel")}</dt>
        <dd>{meta.previous}</dd>
      </dl>
      <p className="mt-1 text-sm">{meta.asOf}</p>

      {chooser}

      <section aria-labelledby="downloads-heading" className="mt-6 print:hidden">
        <h2 id="downloads-heading" className="text-xl font-bold">
          {t("report.downloads.title")}
        </h2>
        <ul className="mt-2 list-disc ps-6">
          <li>
            <a href={`/${locale}/admin/report/export?format=xlsx&${downloads}`} download>
              {t("report.downloads.xlsx")}
            </a>
          </li>
          <li>
            <a href={`/${locale}/admin/report/export?format=csv&${downloads}`} download>
              {t("report.downloads.csv")}
            </a>
          </li>
        </ul>
        <p className="mt-2 text-sm text-muted">{t("report.downloads.print")}</p>
      </section>

      <TitledSection id="summary" title={t("report.summary.title")} className="mt-8">
        <dl className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
          <div className="rounded-lg border border-line p-4">
            <dt className="font-semibold">{t("report.summary.received")}</dt>
            <dd className="mt-1 text-3xl font-bold tabular-nums">{shown(received.total.current)}</dd>
            <dd className="text-sm">{t("report.summary.previous", { value: shown(received.total.previous) })}</dd>
          </div>
          <div className="rounded-lg border border-line p-4">
            <dt className="font-semibold">{t("report.summary.reciprocity")}</dt>
            <dd className="mt-1 text-3xl font-bold tabular-nums">{derived(received.reciprocity, decimal)}</dd>
            {typeof received.reciprocity === "number" && <dd className="text-sm">{t("report.summary.reciprocityValue", { ratio: decimal(received.reciprocity) })}</dd>}
          </div>
          <div className="rounded-lg border border-line p-4">
            <dt className="font-semibold">{t("report.summary.firstResponse")}</dt>
            <dd className="mt-1 text-3xl font-bold tabular-nums">{derived(received.firstResponse.medianDays, days)}</dd>
            <dd className="text-sm">
              {t("report.summary.previous", { value: derivedText(received.firstResponse.previousMedianDays, days) })}
            </dd>
          </div>
          <div className="rounded-lg border border-line p-4">
            <dt className="font-semibold">{t("report.summary.closed")}</dt>
            <dd className="mt-1 text-3xl font-bold tabular-nums">{shown(report.outcomes.total.current)}</dd>
            <dd className="text-sm">{t("report.summary.previous", { value: shown(report.outcomes.total.previous) })}</dd>
          </div>
        </dl>
        <p className="mt-3 text-sm">{meta.legend}</p>
      </TitledSection>

      <TitledSection id="received" title={t("report.sections.received")} className="mt-8">
        <PairedBarChart
          caption={t("report.sections.chart")}
          bars={received.byDirection.rows.map((r) => ({ key: r.key, label: t(`catalog.directions.${r.key}`), current: r.current, previous: r.previous }))}
        />
        {table("direction")}
      </TitledSection>

      <TitledSection id="companies" title={t("report.sections.companies")} className="mt-8">
        <div className="grid gap-8 lg:grid-cols-2">
          {table("sector")}
          <div className="grid content-start gap-8">
            {table("size")}
            {table("startup")}
          </div>
          {table("country")}
        </div>
      </TitledSection>

      <TitledSection id="partners" title={t("report.sections.partners")} className="mt-8">
        {report.partners.length ? table("partners") : <p className="mt-2">{t("report.values.noPartners")}</p>}
      </TitledSection>

      <TitledSection id="outcomes" title={t("report.sections.outcomes")} className="mt-8">
        {table("outcomes")}
        {table("investment")}
      </TitledSection>

      <TitledSection id="events" title={t("report.sections.events")} className="mt-8">
        {table("events")}
        <p className="mt-2 text-sm text-muted">{t("report.eventsNote")}</p>
      </TitledSection>

      <TitledSection id="definitions" title={t("report.sections.definitions")} className="mt-8">
        <ul className="mt-3 max-w-4xl list-disc space-y-2 ps-6 text-sm">
          {meta.definitions.slice(0, -1).map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      </TitledSection>
    </div>
  );
}
