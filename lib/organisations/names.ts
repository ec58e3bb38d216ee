import "server-only";
// Names of organisations and municipalities in the reader's language (issue #18,
// item 5). A Japanese reader sees エッセン経済振興公社（EWG）, a German one "EWG – Essener
// Wirtschaftsförderungsgesellschaft"; a preference for Essen reads エッセン, not the agency.
// The stored shortName is only the fallback for an organisation without a name in a language.
import { cache } from "react";
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import { db } from "../db/client.ts";
import { locales, type Locale } from "../i18n/routing.ts";

/** Enough of an organisation to name it: its id or slug, and the short name to fall back on. */
export type NamedOrganisation = { id?: string; slug?: string; shortName: string };

export type OrganisationLabels = {
  /** The organisation's display name in the reader's language. */
  organisation(o: NamedOrganisation): string;
  /** A municipality's own name (Köln / ケルン / Cologne) for a municipality's agency; else as organisation(). */
  municipality(o: NamedOrganisation): string;
  /** A copy of `list` in the reader's alphabetical order of the display names (ケルン after エッセン in Japanese). */
  sorted<T extends NamedOrganisation>(list: readonly T[]): T[];
};

/** Orders names as readers of `locale` expect: the locale's collation (kana by the gojūon in Japanese, ö beside o in German). */
export function byName(locale: string): (a: string, b: string) => number {
  const collator = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
  return (a, b) => collator.compare(a, b);
}

/** Labels in `locale` for every organisation (a handful of rows), read once. */
export async function organisationLabelsFrom(prisma: PrismaClient | Prisma.TransactionClient, locale: string): Promise<OrganisationLabels> {
  const rows = await prisma.organisation.findMany({
    select: {
      id: true,
      slug: true,
      names: { where: { locale }, select: { name: true } },
      municipality: { select: { translations: { where: { locale }, select: { name: true } } } },
    },
  });
  const display = new Map<string, string>();
  const place = new Map<string, string>();
  for (const row of rows) {
    const name = row.names[0]?.name;
    const municipality = row.municipality?.translations[0]?.name;
    for (const key of [row.id, row.slug]) {
      if (name) display.set(key, name);
      if (municipality) place.set(key, municipality);
    }
  }
  const lookup = (map: Map<string, string>, o: NamedOrganisation) => (o.id && map.get(o.id)) || (o.slug && map.get(o.slug)) || undefined;
  const organisation = (o: NamedOrganisation) => lookup(display, o) ?? o.shortName;
  const compare = byName(locale);
  return {
    organisation,
    municipality: (o) => lookup(place, o) ?? organisation(o),
    sorted: (list) => [...list].sort((a, b) => compare(organisation(a), organisation(b))),
  };
}

/** The same on the app's client, once per request in a server component tree. */
export const organisationLabels = cache((locale: string) => organisationLabelsFrom(db(), locale));

/** Labels in every UI language, for mails whose recipients read different ones. */
export async function organisationLabelsByLocale(prisma: PrismaClient | Prisma.TransactionClient): Promise<Record<Locale, OrganisationLabels>> {
  const all = await Promise.all(locales.map((locale) => organisationLabelsFrom(prisma, locale)));
  return Object.fromEntries(locales.map((locale, index) => [locale, all[index]!])) as Record<Locale, OrganisationLabels>;
}
