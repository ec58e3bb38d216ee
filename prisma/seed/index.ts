// Seeds the organisations (always, once) and demo content (demo mode only).
// Every step is idempotent: it looks for what is there before it writes.
import type { PrismaClient } from "../../lib/generated/prisma/client.ts";
import { GATEWAY_SLUG, MUNICIPALITY_SLUGS, TOKYO_PARTNER_SLUG } from "../../lib/domain/catalog.ts";
import { createStaffAccount } from "../../lib/auth/accounts.ts";
import { SAVED_REPLIES } from "./demo-conversation.ts";
import { seedDemoInquiries } from "./demo-routing.ts";
import { eventSeeds } from "./events.ts";
import { municipalitySeeds } from "./municipalities.ts";
import { gatewaySeed, organisationDisplayNames, tokyoPartnerSeed } from "./organisations.ts";

export type SeedReport = { organisations: number; events: number; inquiries: number; accounts: number };

/** Display names of the demo partner accounts: people, as staff see each other on the timeline. */
const DEMO_PARTNER_NAMES: Record<(typeof MUNICIPALITY_SLUGS)[number], string> = {
  aachen: "Lena Krüger",
  bochum: "Tobias Brandt",
  duesseldorf: "Sophie Hartmann",
  essen: "Markus Yilmaz",
  koeln: "Anna Schäfer",
  krefeld: "Daniel Wolff",
  "rhein-kreis-neuss": "Katharina Lenz",
};

/**
 * Demo accounts: admin@, gateway@, <municipality slug>@ and tokyo@example.org, a second
 * colleague at Essen (essen2@) so that a case can be given to a named owner, and the
 * programme's owners ministry@ and tmg@ who read the report only.
 */
export async function seedDemoAccounts(prisma: PrismaClient, password: string): Promise<number> {
  const orgs = new Map((await prisma.organisation.findMany({ select: { id: true, slug: true } })).map((o) => [o.slug, o.id]));
  const accounts = [
    { email: "admin@example.org", name: "Jonas Becker", role: "ADMIN" as const, organisationId: null },
    { email: "gateway@example.org", name: "Miriam Albers", role: "GATEWAY" as const, organisationId: orgs.get(GATEWAY_SLUG)! },
    ...MUNICIPALITY_SLUGS.map((slug) => ({ email: `${slug}@example.org`, name: DEMO_PARTNER_NAMES[slug], role: "PARTNER" as const, organisationId: orgs.get(slug)! })),
    { email: "tokyo@example.org", name: "Sato Misaki", role: "PARTNER" as const, organisationId: orgs.get(TOKYO_PARTNER_SLUG)! },
    { email: "essen2@example.org", name: "Elif Demir", role: "PARTNER" as const, organisationId: orgs.get("essen")! },
    // The programme's owners read the report only (issue #21): the NRW ministry and the Tokyo Metropolitan Government.
    { email: "ministry@example.org", name: "Claudia Neumann", role: "PROGRAMME_OWNER" as const, organisationId: null },
    { email: "tmg@example.org", name: "Takahashi Yui", role: "PROGRAMME_OWNER" as const, organisationId: null },
  ];
  let created = 0;
  for (const account of accounts) {
    if (await prisma.user.findUnique({ where: { email: account.email } })) continue;
    const user = await createStaffAccount(prisma, { ...account, password });
    // As if each had used the staff area once: the Tokyo partner in Japanese, the rest in German (their mails follow it).
    await prisma.user.update({ where: { id: user.id }, data: { uiLocale: account.organisationId === orgs.get(TOKYO_PARTNER_SLUG) ? "ja" : "de" } });
    created++;
  }
  return created;
}

const namesOf = (names: Record<string, string>) => Object.entries(names).map(([locale, name]) => ({ locale, name }));

/**
 * Display names in every language for the seeded organisations: added where a language has
 * none (new organisations, databases from before issue #18), and put in place of a name that
 * is still the organisation's short name (the first seed of issue #18 wrote "EWG" for German
 * and English). A name someone chose is never overwritten.
 */
async function seedOrganisationNames(prisma: PrismaClient): Promise<void> {
  const wanted = new Map<string, Record<string, string>>([
    ...Object.entries(organisationDisplayNames),
    ...municipalitySeeds.map((m) => [m.slug, m.displayNames] as [string, Record<string, string>]),
  ]);
  const orgs = await prisma.organisation.findMany({ where: { slug: { in: [...wanted.keys()] } }, select: { id: true, slug: true, shortName: true, names: { select: { locale: true, name: true } } } });
  for (const o of orgs) {
    const stored = new Map(o.names.map((n) => [n.locale, n.name]));
    for (const { locale, name } of namesOf(wanted.get(o.slug)!)) {
      const current = stored.get(locale);
      if (current === undefined) await prisma.organisationName.createMany({ data: [{ organisationId: o.id, locale, name }], skipDuplicates: true });
      else if (current === o.shortName && name !== current) await prisma.organisationName.updateMany({ where: { organisationId: o.id, locale, name: current }, data: { name } });
    }
  }
}

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
  await seedOrganisationNames(prisma);
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
        ...(e.registration
          ? {
              registrationEnabled: true,
              capacity: e.registration.capacity ?? null,
              registrationDeadline: e.registration.deadline ? new Date(e.registration.deadline) : null,
              onlineUrl: e.registration.onlineUrl ?? null,
              requiresApproval: e.registration.requiresApproval ?? false,
              questions: (e.registration.questions ?? []) as object[],
              slots: { create: (e.registration.slots ?? []).map((slot) => ({ startsAt: new Date(slot.startsAt), endsAt: new Date(slot.endsAt) })) },
            }
          : {}),
      },
    });
    created++;
  }
  return created;
}

/** The demo's saved replies (demo-conversation.ts), once: the gateway's in every language and Essen's own. */
export async function seedDemoSavedReplies(prisma: PrismaClient): Promise<number> {
  if ((await prisma.messageTemplate.count()) > 0) return 0;
  const orgs = new Map((await prisma.organisation.findMany({ where: { slug: { in: [GATEWAY_SLUG, "essen"] } }, select: { id: true, slug: true } })).map((o) => [o.slug, o.id]));
  const data = SAVED_REPLIES.map(({ organisation, ...reply }) => ({ ...reply, organisationId: orgs.get(organisation === "gateway" ? GATEWAY_SLUG : "essen")! }));
  await prisma.messageTemplate.createMany({ data });
  return data.length;
}

export async function seed(prisma: PrismaClient, options: { demo: boolean; now?: Date; demoPassword?: string }): Promise<SeedReport> {
  const organisations = await seedOrganisations(prisma);
  if (!options.demo) return { organisations, events: 0, inquiries: 0, accounts: 0 };
  const events = await seedEvents(prisma);
  const inquiries = await seedDemoInquiries(prisma, options.now ?? new Date());
  const accounts = await seedDemoAccounts(prisma, options.demoPassword ?? "portal-demo-2026");
  await seedDemoSavedReplies(prisma);
  return { organisations, events, inquiries, accounts };
}

export async function isSeeded(prisma: PrismaClient): Promise<boolean> {
  return (await prisma.organisation.count({ where: { slug: GATEWAY_SLUG } })) > 0;
}
