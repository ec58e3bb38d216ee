// Canonical URLs and hreflang alternates for every public page.
import type { Metadata } from "next";
import { publicBaseUrl } from "./env.ts";
import { isLocale, locales, localeTags, routing, type Locale } from "./i18n/routing.ts";

/** `path` is the page's path without the locale prefix: "" for home, "/municipalities", ... */
export function localizedUrl(locale: Locale, path: string): string {
  return `${publicBaseUrl()}/${locale}${path}`;
}

export function languageAlternates(path: string): Record<string, string> {
  const languages: Record<string, string> = {};
  for (const locale of locales) languages[localeTags[locale]] = localizedUrl(locale, path);
  languages["x-default"] = localizedUrl(routing.defaultLocale, path);
  return languages;
}

/**
 * The HTTP Link header for a page at `pathname` ("/en/about"): the same alternates
 * as the HTML's, from PUBLIC_BASE_URL, never from the request's Host. Undefined for
 * paths outside a language.
 */
export function languageLinkHeader(pathname: string): string | undefined {
  const match = /^\/([^/]+)(\/.*)?$/.exec(pathname);
  if (!match || !isLocale(match[1])) return undefined;
  const path = (match[2] ?? "").replace(/\/$/, "");
  return Object.entries(languageAlternates(path))
    .map(([tag, url]) => `<${url}>; rel="alternate"; hreflang="${tag}"`)
    .join(", ");
}

export function pageMetadata(options: { locale: Locale; path: string; title: string; description: string; noIndex?: boolean }): Metadata {
  const { locale, path, title, description } = options;
  // A path like /favicon.ico reaches [locale] pages with a "locale" that is none; the layout answers 404.
  if (!isLocale(locale)) return {};
  return {
    title,
    description,
    alternates: { canonical: localizedUrl(locale, path), languages: languageAlternates(path) },
    openGraph: { title, description, locale: localeTags[locale].replace("-", "_"), type: "website", url: localizedUrl(locale, path) },
    robots: options.noIndex ? { index: false, follow: false } : undefined,
  };
}
