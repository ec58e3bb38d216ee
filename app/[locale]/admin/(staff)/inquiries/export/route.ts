import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { getStaff } from "@/lib/auth/session";
import { defaultSeparator, inquiriesCsvStream, inquiriesXlsxStream } from "@/lib/casework/export-csv";
import { inquiryFilterSql, MAX_PERIOD_DAYS, parseInquiryFilter, periodError } from "@/lib/casework/filters";
import { routing } from "@/lib/i18n/routing";

/**
 * GET /{locale}/admin/inquiries/export?<inbox filters>[&format=xlsx|csv][&separator=semicolon|comma]:
 * the filtered inbox in the reader's language (decision 0024), CSV by default.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const staff = await getStaff();
  if (!staff) return new Response("Sign in first.", { status: 401, headers: { "Cache-Control": "no-store" } });
  const search = new URL(request.url).searchParams;
  const filter = parseInquiryFilter(Object.fromEntries(search));
  const where = can(staff, "inquiry.export") ? inquiryFilterSql(staff, filter) : null;
  if (!where) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  const requested = (await params).locale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const problem = periodError(filter);
  if (problem) {
    const t = await getTranslations({ locale, namespace: "admin.inbox" });
    return new Response(`${t(problem, { years: MAX_PERIOD_DAYS / 366 })}\n`, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
  const day = new Date().toISOString().slice(0, 10);
  if (search.get("format") === "xlsx") {
    return new Response(inquiriesXlsxStream(where, locale), {
      headers: {
        "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Content-Disposition": `attachment; filename="inquiries-${day}.xlsx"`,
        "Cache-Control": "no-store",
      },
    });
  }
  const separator = search.get("separator") === "comma" ? "comma" : search.get("separator") === "semicolon" ? "semicolon" : defaultSeparator(locale);
  return new Response(inquiriesCsvStream(where, locale, separator), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="inquiries-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
