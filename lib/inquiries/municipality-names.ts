import "server-only";
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";

/** Partner municipalities' names in `locale`, by slug (Köln / ケルン / Cologne). */
export async function municipalityNames(prisma: PrismaClient | Prisma.TransactionClient, locale: string): Promise<Record<string, string>> {
  const rows = await prisma.municipalityTranslation.findMany({
    where: { locale },
    select: { name: true, profile: { select: { organisation: { select: { slug: true } } } } },
  });
  return Object.fromEntries(rows.map((r) => [r.profile.organisation.slug, r.name]));
}

/** Names of any organisations in `locale`: the municipality's translated name, else the organisation's display name, else the short name. */
export async function organisationNames(prisma: PrismaClient | Prisma.TransactionClient, slugs: readonly string[], locale: string): Promise<string[]> {
  if (!slugs.length) return [];
  const orgs = await prisma.organisation.findMany({
    where: { slug: { in: [...slugs] } },
    select: {
      slug: true,
      shortName: true,
      names: { where: { locale }, select: { name: true } },
      municipality: { select: { translations: { where: { locale }, select: { name: true } } } },
    },
  });
  const bySlug = new Map(orgs.map((o) => [o.slug, o.municipality?.translations[0]?.name ?? o.names[0]?.name ?? o.shortName]));
  return slugs.map((s) => bySlug.get(s) ?? s);
}
