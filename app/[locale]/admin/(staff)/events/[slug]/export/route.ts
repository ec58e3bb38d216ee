import { hasLocale } from "next-intl";
import { getStaff } from "@/lib/auth/session";
import { registrationsCsv, registrationsXlsx } from "@/lib/events/export";
import { hostEventDetail } from "@/lib/events/host";
import { routing } from "@/lib/i18n/routing";

const noStore = { "Cache-Control": "no-store" };

/** GET /{locale}/admin/events/{slug}/export?format=csv|xlsx: the event's registrations for its hosts. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const staff = await getStaff();
  if (!staff) return new Response("Sign in first.", { status: 401, headers: noStore });
  const { locale: requested, slug } = await params;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  const detail = await hostEventDetail(staff, slug, locale);
  if (!detail) return new Response("Not found", { status: 404, headers: noStore });
  const name = `registrations-${detail.slug}-${locale}`;
  if (new URL(request.url).searchParams.get("format") === "csv") {
    return new Response(registrationsCsv(detail, locale), { headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}.csv"`, ...noStore } });
  }
  return new Response(new Uint8Array(await registrationsXlsx(detail, locale)), {
    headers: { "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "Content-Disposition": `attachment; filename="${name}.xlsx"`, ...noStore },
  });
}
