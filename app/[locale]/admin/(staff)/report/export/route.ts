import { hasLocale } from "next-intl";
import { can } from "@/lib/auth/permissions";
import { getStaff } from "@/lib/auth/session";
import { routing } from "@/lib/i18n/routing";
import { reportCsv, reportXlsx } from "@/lib/reporting/export";
import { parseReportPeriod, REPORT_MAX_DAYS } from "@/lib/reporting/period";
import { reportTranslator, reportView } from "@/lib/reporting/view";

const noStore = { "Cache-Control": "no-store" };

/** GET /{locale}/admin/report/export?format=xlsx|csv&<period>: the programme report as a download. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const staff = await getStaff();
  if (!staff) return new Response("Sign in first.", { status: 401, headers: noStore });
  if (!can(staff, "report.view")) return new Response("Not found", { status: 404, headers: noStore });
  const requested = (await params).locale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const search = new URL(request.url).searchParams;
  const parsed = parseReportPeriod(Object.fromEntries(search));
  const format = search.get("format") === "csv" ? "csv" : "xlsx";
  if ("error" in parsed) {
    const t = await reportTranslator(locale);
    return new Response(`${t(`report.errors.${parsed.error}`, { days: REPORT_MAX_DAYS })}\n`, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", ...noStore } });
  }
  const { t, tables, meta } = await reportView(locale, parsed.period);
  const name = `programme-report-${parsed.period.from}-${parsed.period.to}-${locale}`;
  if (format === "csv") {
    return new Response(reportCsv(tables, meta, t, locale), {
      headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}.csv"`, ...noStore },
    });
  }
  return new Response(new Uint8Array(await reportXlsx(tables, meta, t)), {
    headers: {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${name}.xlsx"`,
      ...noStore,
    },
  });
}
