import "server-only";
// What a submission reads but never changes: the gateway, the municipalities'
// ids and their names in every language. Organisations change only through the
// seed or by hand in the database, so each process keeps one snapshot for a
// short while instead of reading four tables on every submission. A change to
// them is announced to every process (a trigger, decision 0017), which then
// drops its snapshot; the TTL bounds staleness if an announcement is lost.
import { ALL_TAGS, onInvalidation } from "../cache/invalidation.ts";
import { GATEWAY_SLUG } from "../domain/catalog.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";

/** How long a snapshot is used: a renamed municipality or a new gateway address shows after at most this. */
export const SUBMIT_CONTEXT_TTL_MS = 60_000;

export type OrganisationDirectory = {
  gateway: { id: string; email: string | null };
  /** Every organisation by slug, with its translated names (municipalities only) and its display names, by locale. */
  organisations: Map<string, { id: string; kind: string; shortName: string; names: Record<string, string>; displayNames: Record<string, string> }>;
};

/** The tag the organisation triggers announce (migration 20261202080000_invalidation_triggers). */
export const ORGANISATIONS_TAG = "organisations";

type Entry = { loadedAt: number; generation: number; directory: Promise<OrganisationDirectory> };
// Per client: tests and scripts may bring clients of other databases.
const snapshots = new WeakMap<PrismaClient, Entry>();
// Raised by an announced change: every snapshot taken before it is dropped.
const state = ((globalThis as unknown as { portalOrganisationGeneration?: { generation: number } }).portalOrganisationGeneration ??= { generation: 0 });
onInvalidation(({ tags }) => {
  if (tags.includes(ORGANISATIONS_TAG) || tags.includes(ALL_TAGS)) state.generation++;
});

async function loadDirectory(prisma: PrismaClient): Promise<OrganisationDirectory> {
  const rows = await prisma.organisation.findMany({
    select: {
      id: true, slug: true, kind: true, email: true, shortName: true,
      names: { select: { locale: true, name: true } },
      municipality: { select: { translations: { select: { locale: true, name: true } } } },
    },
  });
  const gateway = rows.find((o) => o.slug === GATEWAY_SLUG);
  if (!gateway) throw new Error(`submitInquiry: the gateway organisation "${GATEWAY_SLUG}" is missing; run the seed`);
  const organisations = new Map(
    rows.map((o) => [
      o.slug,
      {
        id: o.id, kind: o.kind, shortName: o.shortName,
        names: Object.fromEntries((o.municipality?.translations ?? []).map((t) => [t.locale, t.name])),
        displayNames: Object.fromEntries(o.names.map((n) => [n.locale, n.name])),
      },
    ]),
  );
  return { gateway: { id: gateway.id, email: gateway.email }, organisations };
}

/** The snapshot of `prisma`'s database, read again once it is older than the TTL. A failed read is not kept. */
export function organisationDirectory(prisma: PrismaClient, now = Date.now()): Promise<OrganisationDirectory> {
  const cached = snapshots.get(prisma);
  if (cached && cached.generation === state.generation && now - cached.loadedAt < SUBMIT_CONTEXT_TTL_MS) return cached.directory;
  const directory = loadDirectory(prisma);
  const entry = { loadedAt: now, generation: state.generation, directory };
  snapshots.set(prisma, entry);
  directory.catch(() => {
    if (snapshots.get(prisma) === entry) snapshots.delete(prisma);
  });
  return directory;
}

/** Forgets the snapshot, e.g. after the seed changed organisations in this process. */
export function forgetOrganisationDirectory(prisma: PrismaClient): void {
  snapshots.delete(prisma);
}

/** Partner municipalities' names in `locale`, by slug (what municipalityNames() reads). */
export function municipalityNamesIn(directory: OrganisationDirectory, locale: string): Record<string, string> {
  const names: Record<string, string> = {};
  for (const [slug, o] of directory.organisations) if (o.names[locale] !== undefined) names[slug] = o.names[locale];
  return names;
}

/** Names of organisations in `locale`: the municipality's translated name, else the display name, else the short name (what organisationNames() reads). */
export function organisationNamesIn(directory: OrganisationDirectory, slugs: readonly string[], locale: string): string[] {
  return slugs.map((s) => {
    const o = directory.organisations.get(s);
    return o ? (o.names[locale] ?? o.displayNames[locale] ?? o.shortName) : s;
  });
}
