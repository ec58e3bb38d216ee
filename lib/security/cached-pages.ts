// The public pages served from the route cache: exactly the pages that declare
// `export const dynamic = "force-static"` (decision 0003; a unit test keeps the two in
// step). They carry hash-based CSP from the route cache handler; every other page is
// rendered per request and gets a nonce from proxy.ts (decision 0005).
import { locales } from "../i18n/routing.ts";

const CACHED_PAGE = new RegExp(
  `^/(?:${locales.join("|")})(?:/(?:about|accessibility|events|imprint|leichte-sprache|privacy|tokyo|municipalities/[^/]+))?/?$`,
);

export function isCachedPublicPage(pathname: string): boolean {
  return CACHED_PAGE.test(pathname);
}
