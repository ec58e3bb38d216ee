import { getTranslations } from "next-intl/server";
import { SelectField } from "@/components/ui/SelectField";
import { Link } from "@/lib/i18n/navigation";
import { SECTORS, SUPPORT_SERVICES } from "@/lib/domain/catalog";
import type { MunicipalityFilter } from "@/lib/municipalities/filter";

/** A plain GET form: works without JavaScript, and a filtered view is a shareable URL. */
export async function DirectoryFilter({ filter }: { filter: MunicipalityFilter }) {
  const t = await getTranslations();
  return (
    <form method="get" className="grid gap-4 rounded-lg border border-line bg-mist p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end" aria-label={t("directory.filterLabel")}>
      <SelectField
        id="filter-sector"
        name="sector"
        label={t("directory.sectorLabel")}
        value={filter.sector}
        emptyLabel={t("directory.allSectors")}
        options={SECTORS.map((s) => ({ value: s, label: t(`catalog.sectors.${s}`) }))}
      />
      <SelectField
        id="filter-service"
        name="service"
        label={t("directory.serviceLabel")}
        value={filter.service}
        emptyLabel={t("directory.allServices")}
        options={SUPPORT_SERVICES.map((s) => ({ value: s, label: t(`catalog.services.${s}`) }))}
      />
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
