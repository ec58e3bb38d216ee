// Directory filters: pure, shared by the page and its tests.
import { isSector, isSupportService, type Sector, type SupportService } from "../domain/catalog.ts";

type Filterable = { sectors: readonly string[]; services: readonly string[] };

export type MunicipalityFilter = { sector?: Sector; service?: SupportService };

/** Reads the GET parameters; unknown codes are ignored rather than failing the page. */
export function parseMunicipalityFilter(params: Record<string, string | string[] | undefined>): MunicipalityFilter {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const sector = first(params.sector);
  const service = first(params.service);
  return {
    sector: sector && isSector(sector) ? sector : undefined,
    service: service && isSupportService(service) ? service : undefined,
  };
}


export function filterMunicipalities<T extends Filterable>(list: T[], filter: MunicipalityFilter): T[] {
  return list.filter(
    (m) => (!filter.sector || m.sectors.includes(filter.sector)) && (!filter.service || m.services.includes(filter.service)),
  );
}
