import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "../db/client.ts";
import type { Locale } from "../i18n/routing.ts";
import { isSector, isSupportService, type Sector, type SupportService } from "../domain/catalog.ts";
import { isExampleAddress } from "../content/schemas.ts";
import { shouldSeedDemo } from "../env.ts";

/** Cache tag of everything read from municipality profiles; revalidated when a profile changes. */
export const MUNICIPALITIES_TAG = "municipalities";

export type MunicipalitySummary = {
  slug: string;
  name: string;
  agencyName: string;
  tagline: string;
  sectors: Sector[];
  services: SupportService[];
  mapX: number;
  mapY: number;
};

export type MunicipalityProfile = MunicipalitySummary & {
  description: string;
  offerForJapan: string;
  japanFacts: string[];
  organisationName: string;
  email: string | null;
  phone: string | null;
  website: string | null;
  street: string | null;
  postcode: string | null;
  city: string | null;
  population: number | null;
  contactName: string | null;
};

const profileInclude = (locale: Locale) =>
  ({
    municipality: { include: { translations: { where: { locale } } } },
  }) as const;

/** A contact address as the public sees it: outside demo mode an example address (example.org) is no contact and is not shown. */
function publicAddress(value: string | null): string | null {
  return value && !shouldSeedDemo() && isExampleAddress(value) ? null : value;
}

async function loadProfiles(locale: Locale): Promise<MunicipalityProfile[]> {
  const orgs = await db().organisation.findMany({
    where: { kind: "MUNICIPALITY", active: true, municipality: { isNot: null } },
    include: profileInclude(locale),
  });
  const profiles = orgs.flatMap((org) => {
    const profile = org.municipality;
    const text = profile?.translations[0];
    if (!profile || !text) return [];
    return [
      {
        slug: org.slug,
        name: text.name,
        agencyName: text.agencyName,
        tagline: text.tagline,
        description: text.description,
        offerForJapan: text.offerForJapan,
        japanFacts: text.japanFacts,
        sectors: profile.sectors.filter(isSector),
        services: profile.services.filter(isSupportService),
        mapX: profile.mapX,
        mapY: profile.mapY,
        organisationName: org.name,
        email: publicAddress(org.email),
        phone: org.phone,
        website: publicAddress(org.website),
        street: org.street,
        postcode: org.postcode,
        city: org.city,
        population: profile.population,
        contactName: profile.contactName,
      },
    ];
  });
  return profiles.sort((a, b) => a.name.localeCompare(b.name, locale));
}

/** All active partner municipalities in one language, from the data cache. */
export const getMunicipalityProfiles = unstable_cache(loadProfiles, ["municipality-profiles"], {
  tags: [MUNICIPALITIES_TAG],
  revalidate: 3600,
});

export async function getMunicipalityProfile(locale: Locale, slug: string): Promise<MunicipalityProfile | undefined> {
  return (await getMunicipalityProfiles(locale)).find((m) => m.slug === slug);
}
