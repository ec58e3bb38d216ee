import type { MetadataRoute } from "next";
import { routing } from "@/lib/i18n/routing";
import { PUBLIC_PATHS } from "@/lib/public-pages";
import { getMunicipalityProfiles } from "@/lib/municipalities/queries";
import { languageAlternates, localizedUrl } from "@/lib/seo";

// Built on request (from cached data), so that the build needs no database.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const municipalities = await getMunicipalityProfiles(routing.defaultLocale);
  const paths = [...PUBLIC_PATHS, ...municipalities.map((m) => `/municipalities/${m.slug}`)];
  return paths.flatMap((path) =>
    routing.locales.map((locale) => ({
      url: localizedUrl(locale, path),
      alternates: { languages: languageAlternates(path) },
      changeFrequency: path.startsWith("/municipalities") ? ("monthly" as const) : ("weekly" as const),
    })),
  );
}
