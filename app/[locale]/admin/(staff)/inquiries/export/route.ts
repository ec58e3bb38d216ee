import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { getStaff } from "@/lib/auth/session";
import { inquiriesCsvStream } from "@/lib/casework/export-csv";
import { inquiryFilterSql, MAX_PERIOD_DAYS, parseInquiryFilter, periodError } from "@/lib/casework/filters";
import { routing } from "@/lib/i18n/routing";

/** GET /{locale}/admin/inquiries/export?<inbox filters>: the filtered inbox as CSV. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const staff = await getStaff();
  if (!staff) return new Response("Sign in first.", { status: 401, headers: { "Cache-Control": "no-store" } });
  const filter = parseInquiryFilter(Object.fromEntries(new URL(request.url).searchParams));
  const where = can(staff, "inquiry.export") ? inquiryFilterSql(staff, filter) : null;
  if (!where) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  const problem = periodError(filter);
  if (problem) {
    const { locale } = await params;
    const t = await getTranslations({ locale: hasLocale(routing.locales, locale) ? locale : routing.defaultLocale, namespace: "admin.inbox" });
    return new Response(`${t(problem, { years: MAX_PERIOD_DAYS / 366 })}\n`, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  }
  const day = new Date().toISOString().slice(0, 10);
  return new Response(inquiriesCsvStream(where), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="inquiries-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
