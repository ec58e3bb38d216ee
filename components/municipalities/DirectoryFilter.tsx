import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { SECTORS, SUPPORT_SERVICES } from "@/lib/domain/catalog";
import type { MunicipalityFilter } from "@/lib/municipalities/filter";

/** A plain GET form: works without JavaScript, and a filtered view is a shareable URL. */
export async function DirectoryFilter({ filter }: { filter: MunicipalityFilter }) {
  const t = await getTranslations();
  const select = "mt-1 block w-full rounded-md border border-muted bg-paper px-3 py-2";
  return (
    <form method="get" className="grid gap-4 rounded-lg border border-line bg-mist p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end" aria-label={t("directory.filterLabel")}>
      <div>
        <label htmlFor="filter-sector" className="font-semibold">
          {t("directory.sectorLabel")}
        </label>
        <select id="filter-sector" name="sector" defaultValue={filter.sector ?? ""} className={select}>
          <option value="">{t("directory.allSectors")}</option>
          {SECTORS.map((s) => (
            <option key={s} value={s}>
              {t(`catalog.sectors.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-service" className="font-semibold">
          {t("directory.serviceLabel")}
        </label>
        <select id="filter-service" name="service" defaultValue={filter.service ?? ""} className={select}>
          <option value="">{t("directory.allServices")}</option>
          {SUPPORT_SERVICES.map((s) => (
            <option key={s} value={s}>
              {t(`catalog.services.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex gap-3">
        <button type="submit" className="button-primary cursor-pointer">
          {t("directory.apply")}
        </button>
        {(filter.sector || filter.service) && (
          <Link href="/municipalities" className="self-center">
            {t("directory.reset")}
          </Link>
        )}
      </div>
    </form>
  );
}
