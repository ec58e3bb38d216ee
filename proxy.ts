// Every request passes here first:
// 1. writes (POST, …) from a foreign, opaque or malformed Origin get a 403 before
//    any page, Server Action or route handler sees them;
// 2. pages rendered per request get a fresh CSP nonce (Next.js puts it on its own
//    scripts); cached public pages get their hash-based CSP from the route cache
//    handler instead (decision 0005), and plain reads of them skip this proxy
//    altogether (see `config` below);
// 3. / goes to the cookie's language, then Accept-Language's, then German (next-intl);
//    the language cookie is Secure over https, and the Link header's alternates are
//    the HTML's (PUBLIC_BASE_URL, the same hreflang tags), never built from Host;
// 4. a form or Server Action body that Next.js would answer with a 500 (too large,
//    not length-delimited, undecodable) gets a 4xx here instead (issue #14, finding 7).
// Permission checks live beside each page and action.
import { NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { env } from "@/lib/env";
import { LOCALE_COOKIE, routing } from "@/lib/i18n/routing";
import { isCachedPublicRequest } from "@/lib/security/cached-pages";
import { contentSecurityPolicy, createNonce } from "@/lib/security/content-security-policy";
import { STRICT_TRANSPORT_SECURITY } from "@/lib/security/headers";
import { crossOriginRefusal, plainAnswer, requestOverHttps } from "@/lib/security/plain-answer";
import { refusedActionBody } from "@/lib/security/action-body";
import { languageLinkHeader } from "@/lib/seo";

const localeNegotiation = createMiddleware(routing);

function isPage(pathname: string): boolean {
  // /metrics is the Prometheus endpoint (app/metrics/route.ts), not a page to localise.
  return !pathname.startsWith("/api/") && !pathname.startsWith("/_next/") && pathname !== "/metrics" && !/\.[^/]*$/.test(pathname);
}

export default async function proxy(request: NextRequest): Promise<Response> {
  const https = requestOverHttps(request);
  const refusedOrigin = crossOriginRefusal(request, https);
  if (refusedOrigin) return refusedOrigin;

  const { pathname } = request.nextUrl;
  if (isPage(pathname)) {
    const refusal = await refusedActionBody(request);
    if (refusal) return plainAnswer(refusal.status, refusal.text, https);
  }
  let response: NextResponse;
  if (!isPage(pathname)) {
    response = NextResponse.next();
  } else if (isCachedPublicRequest(request.nextUrl) && env.NODE_ENV === "production") {
    response = localeNegotiation(request);
  } else {
    const policy = contentSecurityPolicy({ nonce: createNonce() }, { dev: env.NODE_ENV === "development", https });
    // Next.js reads the nonce from the request's CSP header while rendering.
    const headers = new Headers(request.headers);
    headers.set("Content-Security-Policy", policy);
    response = localeNegotiation(new NextRequest(request, { headers }));
    response.headers.set("Content-Security-Policy", policy);
    // The staff area is personal data behind a session: never stored by any cache.
    if (/^\/[^/]+\/admin(?:\/|$)/.test(pathname)) response.headers.set("Cache-Control", "no-store");
  }
  if (response.headers.has("Link")) {
    const link = languageLinkHeader(pathname);
    if (link) response.headers.set("Link", link);
    else response.headers.delete("Link");
  }
  if (https) {
    response.headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
    const cookie = response.cookies.get(LOCALE_COOKIE);
    if (cookie) response.cookies.set({ ...cookie, secure: true });
  }
  return response;
}

// The cached public pages skip this proxy on plain reads: Next.js's proxy machinery costs
// more per request than serving the cached page itself (bench figure 1), and such a
// read needs nothing from it (its CSP comes from the route cache handler, its locale
// from the path). The proxy still runs for them when a request carries an Origin
// header (every cross-origin or write request from a browser does; step 1 above), and
// for the directory with filters, which renders per request. Next.js reads this
// config without running the module, so the page list is spelled out here; a unit
// test keeps it equal to lib/security/cached-pages.ts.
export const config = {
  matcher: [
    // Everything but the hashed build assets (next.config.ts gives them their headers), the
    // inquiry endpoint (it refuses foreign origins itself) and the cached pages.
    "/((?!_next/static|_next/image|api/inquiries$|(?:de|ja|en)(?:/(?:404|about|accessibility|events|imprint|leichte-sprache|privacy|tokyo|municipalities(?:/(?!filtered/?$)[^/]+)?))?/?$).*)",
    { source: "/:locale(de|ja|en)/:page(404|about|accessibility|events|imprint|leichte-sprache|privacy|tokyo|municipalities(?:/(?!filtered/?$)[^/]+)?)?", has: [{ type: "header", key: "origin" }] },
    { source: "/:locale(de|ja|en)/municipalities", has: [{ type: "query", key: "sector" }] },
    { source: "/:locale(de|ja|en)/municipalities", has: [{ type: "query", key: "service" }] },
  ],
};
