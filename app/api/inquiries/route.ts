// The endpoint the check page's form posts to. A plain route handler, not a
// Server Action: this is the one write every applicant makes, and a handler
// costs a fraction of the action machinery per request (bench figure 2).
// Without JavaScript the browser posts the form here and follows a 303: to the
// confirmation, to a step that still needs an answer, or back to the check page
// with the error to show. The form's script asks for JSON instead and navigates
// itself. proxy.ts does not run for this endpoint (its machinery cost a fifth of a
// submission's CPU, bench figure 2): a cross-origin post gets the proxy's own 403 here,
// before the body is read.
import type { NextRequest } from "next/server";
import { DRAFT_COOKIE } from "@/lib/inquiries/draft-cookie";
import { checkPageWithError, HONEYPOT_FIELD, journeyPath, type FormError } from "@/lib/inquiries/form-state";
import { sendDraft, type SendOutcome } from "@/lib/inquiries/send-draft";
import { formLocale } from "@/lib/security/action-input";
import { crossOriginRefusal } from "@/lib/security/plain-answer";
import { clientIp } from "@/lib/security/client-ip";

export const dynamic = "force-dynamic";

const NO_STORE = { "Cache-Control": "no-store" };

const STATUS: Record<FormError["code"], number> = { stale: 409, tooFast: 422, rateLimited: 429, unavailable: 503, unexpected: 500 };

async function readForm(request: NextRequest): Promise<FormData | undefined> {
  try {
    return await request.formData();
  } catch {
    return undefined;
  }
}

export async function POST(request: NextRequest): Promise<Response> {
  const refused = crossOriginRefusal(request);
  if (refused) return refused;
  const wantsJson = request.headers.get("accept")?.includes("application/json") ?? false;
  const form = await readForm(request);
  if (!form) {
    return wantsJson
      ? Response.json({ formError: { code: "stale" } satisfies FormError }, { status: 400, headers: NO_STORE })
      : new Response("The form could not be read.\n", { status: 400, headers: { ...NO_STORE, "Content-Type": "text/plain; charset=utf-8" } });
  }
  const locale = formLocale(form);
  const outcome: SendOutcome = await sendDraft({
    locale,
    draftId: request.cookies.get(DRAFT_COOKIE)?.value,
    idempotencyKey: form.get("idempotencyKey"),
    honeypot: form.get(HONEYPOT_FIELD),
    clientIp: clientIp(request.headers),
  });

  if ("next" in outcome) {
    const location = `/${locale}${journeyPath(outcome.next)}`;
    return wantsJson ? Response.json({ location }, { headers: NO_STORE }) : redirect303(location);
  }
  const headers = { ...NO_STORE, ...(outcome.error.minutes ? { "Retry-After": String(outcome.error.minutes * 60) } : {}) };
  return wantsJson ? Response.json({ formError: outcome.error }, { status: STATUS[outcome.error.code], headers }) : redirect303(checkPageWithError(locale, outcome.error), headers);
}

/** See Other: the browser follows with a GET, so reloading the next page never posts again. */
function redirect303(location: string, headers: Record<string, string> = NO_STORE): Response {
  return new Response(null, { status: 303, headers: { ...headers, Location: location } });
}
