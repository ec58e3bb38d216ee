// The 404 page is a content page like the others: HTML and CSS only (decision 0026).
// Next.js 16 renders notFound() in a page as an empty error shell
// (`<html id="__next_error__">`) whose text exists only in the RSC payload its scripts
// render (vercel/next.js#62228): blank without JavaScript, and 190 KiB of runtime with
// it. So the portal has its 404 page at /{locale}/404, a cached page that the route
// cache handler stores with status 404, and sends it in place of every such shell, the
// way a web server's `error_page 404` answers from its own 404 document: per-request
// pages through the patched Next.js (plain-pages.ts), cached routes (an unknown profile)
// when the route cache handler stores them, route handlers (events/[file]) themselves.
// The page comes from this process's own port, where it is a cached page too.
// Imported by the route cache handler at run time: erasable syntax only.
import { env } from "../env.ts";
import { isLocale, routing } from "../i18n/routing.ts";
import { contentSecurityPolicy } from "./content-security-policy.ts";
import { STATIC_SECURITY_HEADERS, STRICT_TRANSPORT_SECURITY } from "./headers.ts";
import { plainAnswer, requestOverHttps } from "./plain-answer.ts";

export const NOT_FOUND_SEGMENT = "404";

const NOT_FOUND_PAGE = new RegExp(`^/[^/]+/${NOT_FOUND_SEGMENT}/?$`);

/** Whether this path (or cache key) is the 404 page itself. */
export function isNotFoundPage(pathname: string): boolean {
  return NOT_FOUND_PAGE.test(pathname) && isLocale(pathname.split("/")[1]);
}

/** The 404 page for a path: in the path's language, German outside any. */
export function notFoundPath(pathname: string): string {
  const first = pathname.split("/")[1];
  return `/${isLocale(first) ? first : routing.defaultLocale}/${NOT_FOUND_SEGMENT}`;
}

/** The HTML of the 404 page for this path, or null when it cannot be had (then the caller keeps what it has). */
export async function notFoundPageHtml(pathname: string): Promise<string | null> {
  try {
    const response = await fetch(`http://127.0.0.1:${env.PORT}${notFoundPath(pathname)}`, {
      headers: { "accept-encoding": "identity" },
      signal: AbortSignal.timeout(5000),
    });
    if (response.status !== 404 || !response.headers.get("content-type")?.startsWith("text/html")) return null;
    return await response.text();
  } catch {
    return null; // not served here yet (the build), or not answering
  }
}

/** A route handler's 404: the 404 page with its policy (the proxy does not see every such path), or a plain line when it cannot be had. */
export async function notFoundResponse(request: Request): Promise<Response> {
  const https = requestOverHttps(request);
  const html = await notFoundPageHtml(new URL(request.url).pathname);
  if (html === null) return plainAnswer(404, "Not found", https);
  const headers = new Headers({ ...STATIC_SECURITY_HEADERS, "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" });
  headers.set("Content-Security-Policy", contentSecurityPolicy({ hashes: [] }, { https }));
  if (https) headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
  return new Response(html, { status: 404, headers });
}
