import "server-only";
// What an account may maintain, for the content overview (/admin/content): the gateway
// everything, a municipality its own profile and events, the Tokyo partner its contact
// and events.
import { can, type StaffPrincipal } from "../auth/permissions.ts";
import { db } from "../db/client.ts";
import { locales, type Locale } from "../i18n/routing.ts";
import { organisationLabels } from "../organisations/names.ts";
import { eventPayload } from "./event-schema.ts";
import { contact } from "./site-kinds.ts";
import { CONTACT_KEYS, type ContactKey } from "./site-schemas.ts";
import { mayEditOwned, submittedVersions } from "./versions.ts";

export type SiteLabel = `contact.${ContactKey}` | "legal" | "figures";

export function mayUseContentArea(staff: StaffPrincipal): boolean {
  return can(staff, "content.editAll") || can(staff, "content.editOwn");
}

export async function contentOverview(staff: StaffPrincipal) {
  const municipalities = await db().organisation.findMany({
    where: { kind: "MUNICIPALITY", municipality: { isNot: null } },
    select: { id: true, slug: true, shortName: true, municipality: { select: { translations: { select: { locale: true, name: true } } } } },
    orderBy: { slug: "asc" },
  });
  const profiles = municipalities.filter((m) => mayEditOwned(staff, m.id)).map((m) => ({ slug: m.slug, names: m.municipality?.translations ?? [], shortName: m.shortName }));
  const waiting = can(staff, "content.editAll") ? await submittedVersions() : [];
  // The programme's contacts, legal details and figures: the gateway's, but the Tokyo partner keeps its own contact.
  const site: { kind: "contact" | "legal" | "figures"; key: string; label: SiteLabel }[] = [];
  for (const key of CONTACT_KEYS) if (mayEditOwned(staff, (await contact.owner(key)) ?? null)) site.push({ kind: "contact", key, label: `contact.${key}` });
  if (can(staff, "content.editAll")) site.push({ kind: "legal", key: "imprint", label: "legal" }, { kind: "figures", key: "home", label: "figures" });
  return { profiles, waiting, site, ...(await eventOverview(staff)) };
}

/**
 * The events this account may edit (live ones and new ones that exist only as drafts),
 * newest first, and the organisations it may host a new event for.
 */
async function eventOverview(staff: StaffPrincipal) {
  const organisations = await hostOrganisations();
  const idOf = new Map(organisations.map((o) => [o.slug, o.id]));
  const ownerOf = (hostSlug: string | null | undefined) => (hostSlug ? (idOf.get(hostSlug) ?? null) : null);
  const live = await db().informationEvent.findMany({ select: { slug: true, hostSlug: true, startsAt: true, published: true, translations: { select: { locale: true, title: true } } }, orderBy: { startsAt: "desc" } });
  const liveSlugs = new Set(live.map((e) => e.slug));
  const drafts = await db().contentVersion.findMany({ where: { kind: "event", entityKey: { notIn: [...liveSlugs] } }, orderBy: [{ entityKey: "asc" }, { number: "desc" }], distinct: ["entityKey"], select: { entityKey: true, payload: true } });
  const events = [
    ...drafts.flatMap((d) => {
      const p = eventPayload.safeParse(d.payload);
      if (!p.success || !mayEditOwned(staff, ownerOf(p.data.hostSlug))) return [];
      return [{ slug: d.entityKey, titles: locales.map((l) => ({ locale: l, title: p.data.texts[l].title })), startsAt: null, state: "new" as const }];
    }),
    ...live.filter((e) => mayEditOwned(staff, ownerOf(e.hostSlug))).map((e) => ({ slug: e.slug, titles: e.translations, startsAt: e.startsAt, state: e.published ? ("listed" as const) : ("hidden" as const) })),
  ];
  return { events, hosts: organisations.filter((o) => mayEditOwned(staff, o.id)) };
}

const hostOrganisations = () => db().organisation.findMany({ where: { kind: { in: ["GATEWAY", "MUNICIPALITY", "TOKYO_PARTNER"] } }, select: { id: true, slug: true, name: true, shortName: true }, orderBy: { name: "asc" } });

/** The organisations this account may host an event for (every one for the gateway, its own for a partner), named and ordered in the reader's language. */
export async function eventHosts(staff: StaffPrincipal, locale: Locale): Promise<{ slug: string; name: string }[]> {
  const names = await organisationLabels(locale);
  const hosts = (await hostOrganisations()).filter((o) => mayEditOwned(staff, o.id));
  return names.sorted(hosts).map((o) => ({ slug: o.slug, name: names.organisation(o) }));
}
