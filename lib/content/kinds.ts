import "server-only";
// Per kind of content: where its live copy is (the tables the public pages read), how a
// version is read from there (the initial version, taken from the seed) and written
// back (publishing), which organisation owns it, and which cache tags show it.
import type { z } from "zod";
import type { Prisma } from "../generated/prisma/client.ts";
import { db } from "../db/client.ts";
import { isSector, isSupportService } from "../domain/catalog.ts";
import { locales, type Locale } from "../i18n/routing.ts";
import { MUNICIPALITIES_TAG } from "../municipalities/queries.ts";
import { event } from "./event-kind.ts";
import { contact, figures, legal } from "./site-kinds.ts";
import { profileIssues, profilePayload, type ContentIssue, type ContentKind, type ProfilePayload } from "./schemas.ts";

type Tx = Prisma.TransactionClient;

export type KindSpec<P> = {
  schema: z.ZodType<P, unknown>;
  issues: (payload: P) => ContentIssue[];
  /** The organisation whose staff may edit it besides the gateway; null: the gateway's alone. undefined: no such entity. */
  owner: (key: string) => Promise<string | null | undefined>;
  /** The owner a payload names (an event's host), where the payload can name one: the editor must be allowed to edit that, too. undefined: names no existing owner. */
  payloadOwner?: (payload: P) => Promise<string | null | undefined>;
  /** The live (published) content, or undefined when there is none yet. */
  load: (key: string) => Promise<P | undefined>;
  /** Writes a version into the live tables; returns the outbox mails it wrote, to hand to the queue after commit. */
  apply: (tx: Tx, key: string, payload: P) => Promise<void | readonly string[]>;
  /** How many people publishing this payload will tell by mail (an event withdrawn: its registrants); the editor confirms that first. */
  audience?: (key: string, payload: P) => Promise<number>;
  /** Data-cache tags of the pages that show it (lib/*\/queries.ts); the database triggers announce the same to other instances. */
  tags: readonly string[];
};

const profile: KindSpec<ProfilePayload> = {
  schema: profilePayload,
  issues: profileIssues,
  owner: async (slug) => (await db().organisation.findFirst({ where: { slug, kind: "MUNICIPALITY", municipality: { isNot: null } }, select: { id: true } }))?.id,
  load: async (slug) => {
    const org = await db().organisation.findFirst({ where: { slug, kind: "MUNICIPALITY" }, include: { municipality: { include: { translations: true } } } });
    const m = org?.municipality;
    if (!org || !m) return undefined;
    const text = (locale: Locale) => {
      const t = m.translations.find((row) => row.locale === locale);
      return { name: t?.name ?? "", agencyName: t?.agencyName ?? "", tagline: t?.tagline ?? "", description: t?.description ?? "", offerForJapan: t?.offerForJapan ?? "", japanFacts: t?.japanFacts ?? [] };
    };
    return {
      texts: { de: text("de"), ja: text("ja"), en: text("en") },
      sectors: m.sectors.filter(isSector),
      services: m.services.filter(isSupportService),
      contactName: m.contactName ?? "",
      email: org.email ?? "",
      phone: org.phone ?? "",
      website: org.website ?? "",
      street: org.street ?? "",
      postcode: org.postcode ?? "",
      city: org.city ?? "",
    };
  },
  apply: async (tx, slug, p) => {
    const org = await tx.organisation.update({
      where: { slug },
      data: { email: p.email || null, phone: p.phone || null, website: p.website || null, street: p.street || null, postcode: p.postcode || null, city: p.city || null },
    });
    await tx.municipalityProfile.update({ where: { organisationId: org.id }, data: { sectors: p.sectors, services: p.services, contactName: p.contactName || null } });
    for (const locale of locales) {
      const data = p.texts[locale];
      await tx.municipalityTranslation.upsert({ where: { organisationId_locale: { organisationId: org.id, locale } }, create: { organisationId: org.id, locale, ...data }, update: data });
    }
  },
  tags: [MUNICIPALITIES_TAG, "organisations"],
};

const KINDS: Partial<Record<ContentKind, KindSpec<unknown>>> = {
  profile: profile as KindSpec<unknown>,
  event: event as KindSpec<unknown>,
  contact: contact as KindSpec<unknown>,
  legal: legal as KindSpec<unknown>,
  figures: figures as KindSpec<unknown>,
};

export function kindSpec(kind: ContentKind): KindSpec<unknown> | undefined {
  return KINDS[kind];
}
