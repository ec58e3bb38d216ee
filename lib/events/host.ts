import "server-only";
// The hosts' view of registrations: the gateway sees every event, a partner the
// events its organisation hosts (InformationEvent.hostSlug). Every function checks
// the permission and the host itself; without them the event does not exist.
import { can, type StaffPrincipal } from "../auth/permissions.ts";
import { db } from "../db/client.ts";
import type { Locale } from "../i18n/routing.ts";
import { parseQuestions, type EventQuestion } from "./questions.ts";
import { registrationCounts, type RegistrationStatus } from "./registration.ts";

export type HostStaff = StaffPrincipal & { organisation: { slug: string } | null };

/** May `staff` manage the registrations of an event hosted by `hostSlug`? */
export function mayManageEvent(staff: HostStaff, hostSlug: string | null): boolean {
  if (!can(staff, "eventRegistration.manage")) return false;
  if (staff.role === "GATEWAY") return true;
  return staff.organisation !== null && hostSlug !== null && staff.organisation.slug === hostSlug;
}

export type HostEventRow = { slug: string; title: string; startsAt: Date; endsAt: Date; capacity: number | null; counts: Record<RegistrationStatus, number> };

export async function hostEvents(staff: HostStaff, locale: Locale): Promise<HostEventRow[] | null> {
  if (!can(staff, "eventRegistration.manage")) return null;
  const events = await db().informationEvent.findMany({
    where: { registrationEnabled: true, ...(staff.role === "GATEWAY" ? {} : { hostSlug: staff.organisation?.slug ?? "\u0000none" }) },
    orderBy: { startsAt: "desc" },
    include: { translations: { where: { locale } } },
  });
  return Promise.all(
    events.map(async (e) => ({ slug: e.slug, title: e.translations[0]?.title ?? e.slug, startsAt: e.startsAt, endsAt: e.endsAt, capacity: e.capacity, counts: await registrationCounts(e.id) })),
  );
}

export type HostRegistration = {
  id: string;
  status: RegistrationStatus;
  name: string;
  nameLatin: string | null;
  company: string;
  role: string | null;
  email: string;
  locale: string;
  direction: string;
  answers: Record<string, string>;
  slot: { startsAt: Date; endsAt: Date } | null;
  consentVersion: string;
  createdAt: Date;
  checkedInAt: Date | null;
  anonymised: boolean;
};

export type HostEventDetail = HostEventRow & { id: string; hostSlug: string | null; requiresApproval: boolean; questions: EventQuestion[]; registrations: HostRegistration[] };

export async function hostEventDetail(staff: HostStaff, slug: string, locale: Locale): Promise<HostEventDetail | null> {
  const e = await db().informationEvent.findUnique({
    where: { slug },
    include: {
      translations: { where: { locale } },
      registrations: { orderBy: [{ createdAt: "asc" }, { id: "asc" }], include: { slot: { select: { startsAt: true, endsAt: true } } } },
    },
  });
  if (!e || !e.registrationEnabled || !mayManageEvent(staff, e.hostSlug)) return null;
  return {
    id: e.id,
    hostSlug: e.hostSlug,
    slug: e.slug,
    title: e.translations[0]?.title ?? e.slug,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    capacity: e.capacity,
    requiresApproval: e.requiresApproval,
    questions: parseQuestions(e.questions),
    counts: await registrationCounts(e.id),
    registrations: e.registrations.map((r) => ({
      id: r.id,
      status: r.status,
      name: r.name,
      nameLatin: r.nameLatin,
      company: r.company,
      role: r.role,
      email: r.email,
      locale: r.locale,
      direction: r.direction,
      answers: (typeof r.answers === "object" && r.answers !== null && !Array.isArray(r.answers) ? r.answers : {}) as Record<string, string>,
      slot: r.slot,
      consentVersion: r.consentVersion,
      createdAt: r.createdAt,
      checkedInAt: r.checkedInAt,
      anonymised: r.anonymisedAt !== null,
    })),
  };
}

/** The event a registration belongs to, if `staff` may manage it (for the actions). */
export async function managedRegistration(staff: HostStaff, registrationId: string): Promise<{ eventSlug: string } | null> {
  const r = await db().eventRegistration.findUnique({ where: { id: registrationId }, select: { event: { select: { slug: true, hostSlug: true } } } });
  return r && mayManageEvent(staff, r.event.hostSlug) ? { eventSlug: r.event.slug } : null;
}

/** The event by slug, if `staff` may manage it. */
export async function managedEvent(staff: HostStaff, slug: string): Promise<{ id: string; startsAt: Date } | null> {
  const e = await db().informationEvent.findUnique({ where: { slug }, select: { id: true, startsAt: true, hostSlug: true, registrationEnabled: true } });
  return e && e.registrationEnabled && mayManageEvent(staff, e.hostSlug) ? { id: e.id, startsAt: e.startsAt } : null;
}

/** For the programme report (issue #21): events held in [from, to) and their registrations by status. Counts only. */
export async function eventsHeldInPeriod(from: Date, to: Date): Promise<{ slug: string; startsAt: Date; counts: Record<RegistrationStatus, number>; checkedIn: number }[]> {
  const events = await db().informationEvent.findMany({ where: { startsAt: { gte: from, lt: to } }, orderBy: { startsAt: "asc" }, select: { id: true, slug: true, startsAt: true } });
  return Promise.all(
    events.map(async (e) => ({
      slug: e.slug,
      startsAt: e.startsAt,
      counts: await registrationCounts(e.id),
      checkedIn: await db().eventRegistration.count({ where: { eventId: e.id, checkedInAt: { not: null } } }),
    })),
  );
}
