import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "../db/client.ts";
import type { Locale } from "../i18n/routing.ts";

export const EVENTS_TAG = "events";

export type ProgrammeEvent = {
  slug: string;
  startsAt: Date;
  endsAt: Date;
  format: "ONLINE" | "ONSITE" | "HYBRID";
  title: string;
  summary: string;
  location: string;
  /** The .ics SEQUENCE (ics.ts). */
  sequence: number;
  /** Takes registrations at /{locale}/events/{slug}/register (whether still open, the page says). */
  registration: boolean;
};

async function loadEvents(locale: Locale): Promise<ProgrammeEvent[]> {
  const rows = await db().informationEvent.findMany({
    where: { published: true },
    orderBy: { startsAt: "asc" },
    include: { translations: { where: { locale } } },
  });
  return rows.flatMap((e) => {
    const text = e.translations[0];
    return text ? [{ slug: e.slug, startsAt: e.startsAt, endsAt: e.endsAt, format: e.format, title: text.title, summary: text.summary, location: text.location, sequence: e.icsSequence, registration: e.registrationEnabled }] : [];
  });
}

const cachedEvents = unstable_cache(
  async (locale: Locale) => (await loadEvents(locale)).map((e) => ({ ...e, startsAt: e.startsAt.toISOString(), endsAt: e.endsAt.toISOString() })),
  ["programme-events"],
  { tags: [EVENTS_TAG], revalidate: 3600 },
);

/** Published events in one language, oldest first. (The data cache stores JSON, so dates are revived here.) */
export async function getEvents(locale: Locale): Promise<ProgrammeEvent[]> {
  return (await cachedEvents(locale)).map((e) => ({ ...e, startsAt: new Date(e.startsAt), endsAt: new Date(e.endsAt), sequence: e.sequence ?? 0 }));
}

/** Upcoming (soonest first) and past (latest first), as of now; the page re-renders hourly. */
export function splitByNow(events: ProgrammeEvent[], now = Date.now()) {
  return {
    upcoming: events.filter((e) => e.endsAt.getTime() >= now),
    past: events.filter((e) => e.endsAt.getTime() < now).reverse(),
  };
}
