import { can } from "@/lib/auth/permissions";
import { getStaff } from "@/lib/auth/session";
import { applicantEmail, exportApplicantData } from "@/lib/dataprotection/applicant";

const NO_STORE = { "Cache-Control": "no-store" };

/** A cross-site form must not trigger a download with the staff member's session. */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/**
 * POST /{locale}/admin/data-protection/export (form field `email`): all data of
 * one applicant as a JSON download. POST, so the address is never in a URL.
 */
export async function POST(request: Request) {
  const staff = await getStaff();
  if (!staff) return new Response("Sign in first.", { status: 401, headers: NO_STORE });
  if (!sameOrigin(request)) return new Response("Forbidden", { status: 403, headers: NO_STORE });
  const form = await request.formData().catch(() => null);
  const email = applicantEmail.safeParse(form?.get("email"));
  const data = can(staff, "applicantData.manage") && email.success ? await exportApplicantData(staff, email.data) : null;
  if (!data) return new Response("Not found", { status: 404, headers: NO_STORE });
  const day = data.exportedAt.slice(0, 10);
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: {
      ...NO_STORE,
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="applicant-data-${day}.json"`,
    },
  });
}
