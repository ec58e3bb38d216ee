import type { Metadata } from "next";
import type { Locale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DirectoryFilter } from "@/components/municipalities/DirectoryFilter";
import { MunicipalityCard } from "@/components/municipalities/MunicipalityCard";
import { NrwMap } from "@/components/municipalities/NrwMap";
import { filterMunicipalities, parseMunicipalityFilter } from "@/lib/municipalities/filter";
import { getMunicipalityProfiles } from "@/lib/municipalities/queries";
import { pageMetadata } from "@/lib/seo";

// Filters are GET parameters, read per request; the data itself comes from the cache.
export const dynamic = "force-dynamic";

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "directory" });
  return pageMetadata({ locale, path: "/municipalities", title: t("title"), description: t("description") });
}

export default async function DirectoryPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("directory");
  const filter = parseMunicipalityFilter(await searchParams);
  const all = await getMunicipalityProfiles(locale);
  const shown = filterMunicipalities(all, filter);
  const filtered = Boolean(filter.sector || filter.service);

  return (
    <div className="container-page py-10">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3 max-w-3xl text-lg">{t("lead")}</p>
      <div className="mt-8 grid gap-8 lg:grid-cols-[2fr_1fr]">
        <div>
          <DirectoryFilter filter={filter} />
          <h2 className="mt-8 text-xl font-semibold" id="results" aria-live="polite">
            {filtered ? t("resultsFiltered", { count: shown.length, total: all.length }) : t("resultsAll", { count: all.length })}
          </h2>
          {shown.length === 0 ? (
            <p className="mt-4 rounded-md border border-line bg-mist p-4">{t("noResults")}</p>
          ) : (
            <ul className="mt-4 grid gap-4 md:grid-cols-2">
              {shown.map((m) => (
                <li key={m.slug}>
                  <MunicipalityCard municipality={m} />
                </li>
              ))}
            </ul>
          )}
        </div>
        <aside aria-labelledby="map-heading">
          <h2 id="map-heading" className="text-xl font-semibold">
            {t("mapHeading")}
          </h2>
          <div className="mt-4">
            <NrwMap municipalities={all} highlighted={filtered ? new Set(shown.map((m) => m.slug)) : undefined} />
          </div>
        </aside>
      </div>
    </div>
  );
}
