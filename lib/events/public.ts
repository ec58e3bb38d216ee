import "server-only";
// What the public registration pages read: the event in one language with its
// registration settings, places left, questions and slots; and one registration
// found by the secret of its link. Never the online link (mails only).
import { db } from "../db/client.ts";
import type { Locale } from "../i18n/routing.ts";
import { parseQuestions, type EventQuestion } from "./questions.ts";
import { HOLDS_PLACE, registrationOpen, type RegistrationStatus } from "./registration.ts";

export type RegistrationEvent = {
  id: string;
  slug: string;
  title: string;
  summary: string;
  location: string;
  format: "ONLINE" | "ONSITE" | "HYBRID";
  startsAt: Date;
  endsAt: Date;
  registrationDeadline: Date | null;
  requiresApproval: boolean;
  capacity: number | null;
  placesLeft: number | null;
  open: boolean;
  full: boolean;
  questions: EventQuestion[];
  slots: { id: string; startsAt: Date; endsAt: Date }[];
};

export async function loadRegistrationEvent(slug: string, locale: Locale, now = new Date()): Promise<RegistrationEvent | undefined> {
  const e = await db().informationEvent.findUnique({
    where: { slug },
    include: { translations: { where: { locale } }, slots: { orderBy: { startsAt: "asc" } } },
  });
  const text = e?.translations[0];
  if (!e || !text || !e.published || !e.registrationEnabled) return undefined;
  const taken = await db().eventRegistration.count({ where: { eventId: e.id, status: { in: [...HOLDS_PLACE] } } });
  const placesLeft = e.capacity === null ? null : Math.max(0, e.capacity - taken);
  return {
    id: e.id,
    slug: e.slug,
    title: text.title,
    summary: text.summary,
    location: text.location,
    format: e.format,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    registrationDeadline: e.registrationDeadline,
    requiresApproval: e.requiresApproval,
    capacity: e.capacity,
    placesLeft,
    open: registrationOpen(e, now),
    full: placesLeft === 0,
    questions: parseQuestions(e.questions),
    slots: e.slots.map((s) => ({ id: s.id, startsAt: s.startsAt, endsAt: s.endsAt })),
  };
}

export type OwnRegistration = {
  status: RegistrationStatus;
  name: string;
  locale: string;
  event: { slug: string; title: string; location: string; startsAt: Date; endsAt: Date; past: boolean };
};

/** A registration by the secret of its link, in `locale`; none once anonymised. */
export async function findOwnRegistration(token: string, locale: Locale, now = new Date()): Promise<OwnRegistration | undefined> {
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return undefined;
  const r = await db().eventRegistration.findUnique({
    where: { cancelToken: token },
    select: { status: true, name: true, locale: true, anonymisedAt: true, event: { select: { slug: true, startsAt: true, endsAt: true, translations: true } } },
  });
  if (!r || r.anonymisedAt) return undefined;
  const text = r.event.translations.find((t) => t.locale === locale) ?? r.event.translations[0];
  return {
    status: r.status,
    name: r.name,
    locale: r.locale,
    event: { slug: r.event.slug, title: text?.title ?? r.event.slug, location: text?.location ?? "", startsAt: r.event.startsAt, endsAt: r.event.endsAt, past: r.event.startsAt <= now },
  };
}
