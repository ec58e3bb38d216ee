// The public pages served from the route cache: exactly the pages that declare
// `export const dynamic = "force-static"` (decision 0003; a unit test keeps the two in
// step). They carry hash-based CSP from the route cache handler; every other page is
// rendered per request and gets a nonce from proxy.ts (decision 0005).
import { locales } from "../i18n/routing.ts";

/** Query parameters that filter the directory; with any of them it is rendered per request. */
export const DIRECTORY_FILTER_PARAMS = ["sector", "service"] as const;

/** Where next.config.ts rewrites a directory URL with filters; a path of its own, never cached. */
export const FILTERED_DIRECTORY_SEGMENT = "filtered";

const LOCALE = `(?:${locales.join("|")})`;

/** The cached pages' paths after the locale, as a regular expression (proxy.ts repeats it in its matcher). */
export const CACHED_PATHS = `(?:404|about|accessibility|events|imprint|leichte-sprache|privacy|tokyo|municipalities(?:/(?!${FILTERED_DIRECTORY_SEGMENT}/?$)[^/]+)?)`;

const CACHED_PAGE = new RegExp(`^/${LOCALE}(?:/${CACHED_PATHS})?/?$`);

const DIRECTORY = new RegExp(`^/${LOCALE}/municipalities/?$`);

export function isCachedPublicPage(pathname: string): boolean {
  return CACHED_PAGE.test(pathname);
}

/** Whether the request is the directory with filters, which next.config.ts rewrites to its dynamic twin. */
export function isFilteredDirectory(pathname: string, query: URLSearchParams): boolean {
  return DIRECTORY.test(pathname) && DIRECTORY_FILTER_PARAMS.some((key) => query.has(key));
}

/** Whether the response to this request comes from the route cache. */
export function isCachedPublicRequest(url: { pathname: string; searchParams: URLSearchParams }): boolean {
  return isCachedPublicPage(url.pathname) && !isFilteredDirectory(url.pathname, url.searchParams);
}
