// The one list of the portal's languages. German is the default.
import { defineRouting } from "next-intl/routing";

export const locales = ["de", "ja", "en"] as const;
export type Locale = (typeof locales)[number];

export const routing = defineRouting({
  locales,
  defaultLocale: "de",
  localePrefix: "always",
  localeCookie: { name: "NEXT_LOCALE", sameSite: "lax", maxAge: 60 * 60 * 24 * 365 },
});

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/** BCP 47 tags for Intl formatting and hreflang. */
export const localeTags: Record<Locale, string> = { de: "de-DE", ja: "ja-JP", en: "en" };
