import { can } from "@/lib/auth/permissions";
import { getStaff } from "@/lib/auth/session";
import { inquiriesCsvStream } from "@/lib/casework/export-csv";
import { inquiryFilterSql, parseInquiryFilter } from "@/lib/casework/filters";

/** GET /{locale}/admin/inquiries/export?<inbox filters>: the filtered inbox as CSV. */
export async function GET(request: Request) {
  const staff = await getStaff();
  if (!staff) return new Response("Sign in first.", { status: 401, headers: { "Cache-Control": "no-store" } });
  const where = can(staff, "inquiry.export") ? inquiryFilterSql(staff, parseInquiryFilter(Object.fromEntries(new URL(request.url).searchParams))) : null;
  if (!where) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  const day = new Date().toISOString().slice(0, 10);
  return new Response(inquiriesCsvStream(where), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="inquiries-${day}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
