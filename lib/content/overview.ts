import "server-only";
// What an account may maintain, for the content overview (/admin/content): the gateway
// everything, a municipality its own profile, the Tokyo partner its contact.
import { can, type StaffPrincipal } from "../auth/permissions.ts";
import { db } from "../db/client.ts";
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
  return { profiles, waiting, site };
}
