// The one list of the portal's languages. German is the default.
import { defineRouting } from "next-intl/routing";

export const locales = ["de", "ja", "en"] as const;
export type Locale = (typeof locales)[number];

/** The language cookie: set by proxy.ts (Secure over https) and, on switching language, by next-intl in the browser. */
export const LOCALE_COOKIE = "NEXT_LOCALE";
// In the browser the cookie is written by script: Secure wherever the page itself came over https.
const secureInBrowser = typeof window !== "undefined" && window.location.protocol === "https:";

export const routing = defineRouting({
  locales,
  defaultLocale: "de",
  localePrefix: "always",
  localeCookie: { name: LOCALE_COOKIE, sameSite: "lax", maxAge: 60 * 60 * 24 * 365, ...(secureInBrowser ? { secure: true } : {}) },
});

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** BCP 47 tags for Intl formatting and hreflang. */
export const localeTags: Record<Locale, string> = { de: "de-DE", ja: "ja-JP", en: "en" };
