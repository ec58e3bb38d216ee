// Seeds the organisations (always, once) and demo content (demo mode only).
// Every step is idempotent: it looks for what is there before it writes.
import type { PrismaClient } from "../../lib/generated/prisma/client.ts";
import { GATEWAY_SLUG } from "../../lib/domain/catalog.ts";
import { seedDemoInquiries } from "./demo-routing.ts";
import { eventSeeds } from "./events.ts";
import { municipalitySeeds } from "./municipalities.ts";
import { gatewaySeed, tokyoPartnerSeed } from "./organisations.ts";

export type SeedReport = { organisations: number; events: number; inquiries: number };

export async function seedOrganisations(prisma: PrismaClient): Promise<number> {
  let created = 0;
  for (const org of [gatewaySeed, tokyoPartnerSeed]) {
    const existing = await prisma.organisation.findUnique({ where: { slug: org.slug } });
    if (existing) continue;
    await prisma.organisation.create({ data: org });
    created++;
  }
  for (const m of municipalitySeeds) {
    const existing = await prisma.organisation.findUnique({ where: { slug: m.slug } });
    if (existing) continue;
    await prisma.organisation.create({
      data: {
        slug: m.slug,
        kind: "MUNICIPALITY",
        name: m.organisationName,
        shortName: m.shortName,
        email: m.email,
        phone: m.phone,
        website: m.website,
        street: m.street,
        postcode: m.postcode,
        city: m.city,
        municipality: {
          create: {
            sectors: m.sectors,
            services: m.services,
            mapX: m.mapX,
            mapY: m.mapY,
            population: m.population,
            japaneseCompanies: m.japaneseCompanies,
            contactName: m.contactName,
            translations: {
              create: Object.entries(m.texts).map(([locale, t]) => ({ locale, ...t })),
            },
          },
        },
      },
    });
    created++;
  }
  return created;
}

export async function seedEvents(prisma: PrismaClient): Promise<number> {
  let created = 0;
  for (const e of eventSeeds) {
    if (await prisma.informationEvent.findUnique({ where: { slug: e.slug } })) continue;
    await prisma.informationEvent.create({
      data: {
        slug: e.slug,
        startsAt: new Date(e.startsAt),
        endsAt: new Date(e.endsAt),
        format: e.format,
        hostSlug: e.hostSlug,
        translations: { create: Object.entries(e.texts).map(([locale, t]) => ({ locale, ...t })) },
      },
    });
    created++;
  }
  return created;
}

export async function seed(prisma: PrismaClient, options: { demo: boolean; now?: Date }): Promise<SeedReport> {
  const organisations = await seedOrganisations(prisma);
  if (!options.demo) return { organisations, events: 0, inquiries: 0 };
  const events = await seedEvents(prisma);
  const inquiries = await seedDemoInquiries(prisma, options.now ?? new Date());
  return { organisations, events, inquiries };
}

export async function isSeeded(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.organisation.count({ where: { slug: GATEWAY_SLUG } })) > 0;
}
