import "server-only";
// A version as the public will see it: the preview renders the public pages' own
// components with the version's content instead of the live tables' (issue #19).
import { db } from "../db/client.ts";
import type { Locale } from "../i18n/routing.ts";
import type { MunicipalityProfile } from "../municipalities/queries.ts";
import type { ProfilePayload } from "./schemas.ts";

export async function profilePreview(slug: string, p: ProfilePayload, locale: Locale): Promise<MunicipalityProfile | undefined> {
  const org = await db().organisation.findFirst({ where: { slug, kind: "MUNICIPALITY" }, include: { municipality: true } });
  if (!org?.municipality) return undefined;
  const text = p.texts[locale];
  return {
    slug,
    name: text.name,
    agencyName: text.agencyName,
    tagline: text.tagline,
    description: text.description,
    offerForJapan: text.offerForJapan,
    japanFacts: text.japanFacts,
    sectors: p.sectors as MunicipalityProfile["sectors"],
    services: p.services as MunicipalityProfile["services"],
    mapX: org.municipality.mapX,
    mapY: org.municipality.mapY,
    organisationName: org.name,
    email: p.email || null,
    phone: p.phone || null,
    website: p.website || null,
    street: p.street || null,
    postcode: p.postcode || null,
    city: p.city || null,
    population: org.municipality.population,
    contactName: p.contactName || null,
  };
}
