import { getTranslations } from "next-intl/server";
import { DirectoryFilter } from "@/components/municipalities/DirectoryFilter";
import { MunicipalityCard } from "@/components/municipalities/MunicipalityCard";
import { NrwMap } from "@/components/municipalities/NrwMap";
import type { Locale } from "@/lib/i18n/routing";
import { filterMunicipalities, type MunicipalityFilter } from "@/lib/municipalities/filter";
import { getMunicipalityProfiles } from "@/lib/municipalities/queries";

/** The directory of partner municipalities, whole or filtered by sector and service. */
export async function Directory({ locale, filter }: { locale: Locale; filter: MunicipalityFilter }) {
  const t = await getTranslations("directory");
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
