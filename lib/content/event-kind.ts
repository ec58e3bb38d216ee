import "server-only";
// Information events as a kind of content (lib/content/kinds.ts): live in InformationEvent
// and its translations, owned by the host organisation. A new event exists only as
// versions until it is first published; its owner is then the host its newest version
// names. Publishing writes the content fields only: the registration settings (the
// deadline included) stay the host's (/admin/events, decision 0029). Unpublishing is
// publishing a version with `listed` off: the event leaves /events, and its .ics and registration page answer 404.
import { db } from "../db/client.ts";
import { TOKYO_PARTNER_SLUG } from "../domain/catalog.ts";
import { EVENTS_TAG } from "../events/queries.ts";
import { announceChange, eventBeforeChange, withdrawalAudience, withdrawRegistrations } from "../events/registration.ts";
import { defaultDelivery } from "../mail/outbox.ts";
import { checkWallTime, dateToWallTime } from "../events/zoned-time.ts";
import { locales, type Locale } from "../i18n/routing.ts";
import { eventInstants, eventIssues, eventPayload, type EventPayload } from "./event-schema.ts";
import type { KindSpec } from "./kinds.ts";

/** The id of the organisation `slug` names, or undefined when there is none. */
async function organisationId(slug: string): Promise<string | undefined> {
  return (await db().organisation.findUnique({ where: { slug }, select: { id: true } }))?.id;
}

/** The zone an event's times are first shown in: Tokyo for the Tokyo partner's events, Berlin for the rest. */
export const defaultZone = (hostSlug: string | null) => (hostSlug === TOKYO_PARTNER_SLUG ? "Asia/Tokyo" : "Europe/Berlin");

export const event: KindSpec<EventPayload> = {
  schema: eventPayload,
  issues: eventIssues,
  owner: async (slug) => {
    const live = await db().informationEvent.findUnique({ where: { slug }, select: { hostSlug: true } });
    let host = live?.hostSlug;
    if (!live) {
      const newest = await db().contentVersion.findFirst({ where: { kind: "event", entityKey: slug }, orderBy: { number: "desc" }, select: { payload: true } });
      if (!newest) return undefined;
      const parsed = eventPayload.safeParse(newest.payload);
      host = parsed.success ? parsed.data.hostSlug : null;
    }
    return host ? ((await organisationId(host)) ?? null) : null;
  },
  payloadOwner: async (p) => (p.hostSlug ? ((await organisationId(p.hostSlug)) ?? undefined) : null),
  load: async (slug) => {
    const e = await db().informationEvent.findUnique({ where: { slug }, include: { translations: true } });
    if (!e) return undefined;
    // An instant in the hour Berlin repeats in autumn has no unambiguous Berlin wall time (decision 0030): shown in Tokyo time.
    const inBerlinTwice = [e.startsAt, e.endsAt].some((at) => !checkWallTime(dateToWallTime(at, "Europe/Berlin"), "Europe/Berlin").ok);
    const zone = inBerlinTwice ? "Asia/Tokyo" : defaultZone(e.hostSlug);
    const text = (locale: Locale) => {
      const t = e.translations.find((row) => row.locale === locale);
      return { title: t?.title ?? "", summary: t?.summary ?? "", location: t?.location ?? "" };
    };
    return {
      texts: { de: text("de"), ja: text("ja"), en: text("en") },
      format: e.format,
      onlineUrl: e.onlineUrl ?? "",
      zone,
      startsAt: dateToWallTime(e.startsAt, zone),
      endsAt: dateToWallTime(e.endsAt, zone),
      hostSlug: e.hostSlug ?? "",
      listed: e.published,
    };
  },
  apply: async (tx, slug, p) => {
    const { startsAt, endsAt } = eventInstants(p);
    if (!startsAt || !endsAt) throw new Error("event version without valid times reached publishing");
    // The row as it was, locked: what a change of time or place is told against (decision 0029).
    const before = await eventBeforeChange(tx, slug);
    const data = { startsAt, endsAt, format: p.format, onlineUrl: p.onlineUrl || null, hostSlug: p.hostSlug || null, published: p.listed };
    const row = await tx.informationEvent.upsert({ where: { slug }, create: { slug, ...data }, update: data, select: { id: true } });
    for (const locale of locales) {
      const texts = p.texts[locale];
      await tx.informationEventTranslation.upsert({ where: { eventId_locale: { eventId: row.id, locale } }, create: { eventId: row.id, locale, ...texts }, update: texts });
    }
    // Withdrawn: everyone still expecting to attend is told and their registration ends (decision 0029).
    // Moved or relocated: confirmed registrants get the new details and an updated .ics.
    if (p.listed) return before ? announceChange(tx, before, defaultDelivery(), new Date()) : [];
    return withdrawRegistrations(tx, row.id, defaultDelivery(), new Date());
  },
  audience: async (slug, p) => (p.listed ? 0 : withdrawalAudience(slug)),
  tags: [EVENTS_TAG],
};
