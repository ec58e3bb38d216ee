import "server-only";
// Registering for an information event, cancelling, and the host's decisions.
// Places are counted under a row lock on the event (SELECT … FOR UPDATE): every
// change that takes or frees a place for one event runs one after the other, so
// concurrent registrations never overbook (tests/integration/event-registration.test.ts:
// 50 at once for 20 places). Mails are written into the outbox in the same
// transaction and handed to the queue after commit. Abuse checks are the
// inquiry's: honeypot, minimum fill time (INQUIRY_MIN_FILL_SECONDS), per-client
// rate limit, an idempotency key (the signed form token, form-token.ts).
import { randomBytes } from "node:crypto";
import { db } from "../db/client.ts";
import { env } from "../env.ts";
import { Prisma, type PrismaClient } from "../generated/prisma/client.ts";
import { defaultDelivery, handOver, writeOutboxMail, type MailDelivery } from "../mail/outbox.ts";
import { consumeRateLimit } from "../security/rate-limit.ts";
import { PRIVACY_NOTICE_VERSION } from "../inquiries/schema.ts";
import { GATEWAY_SLUG } from "../domain/catalog.ts";
import { organisationLabelsByLocale } from "../organisations/names.ts";
import { isLocale } from "../i18n/routing.ts";
import { renderEventMail, type EventMailKind, type MailExtra, type MailEvent, type MailRegistration } from "./mails.ts";
import type { RegistrationData } from "./registration-schema.ts";

type Tx = Prisma.TransactionClient;
export type RegistrationStatus = "PENDING" | "CONFIRMED" | "WAITING" | "DECLINED" | "CANCELLED" | "WITHDRAWN";

/** Every status, in the order the host's pages list them. */
export const REGISTRATION_STATUSES = ["CONFIRMED", "PENDING", "WAITING", "DECLINED", "CANCELLED", "WITHDRAWN"] as const satisfies readonly RegistrationStatus[];

/** Statuses that hold one of the event's places. */
export const HOLDS_PLACE: readonly RegistrationStatus[] = ["CONFIRMED", "PENDING"];

/** Statuses of people still expecting to attend: a place, the waiting list, the host's approval. Told when the event is withdrawn. */
export const STILL_EXPECTING: readonly RegistrationStatus[] = ["CONFIRMED", "PENDING", "WAITING"];

/** Long waits are normal here: registrations for one event queue on its row lock. */
const TX_OPTIONS = { maxWait: 30_000, timeout: 30_000 } as const;

// Within one process, changes to one event also wait in memory, one after the other:
// a burst of registrations would otherwise hold every pooled connection while they
// wait for the row lock, and other requests would find no connection (pool timeout 5 s).
// The row lock stays what keeps several processes from overbooking.
// Per client: tests bring a second client to play a second process.
const eventQueues = ((globalThis as unknown as { portalEventQueues?: WeakMap<PrismaClient, Map<string, Promise<unknown>>> }).portalEventQueues ??= new WeakMap());

function oneAtATime<T>(prisma: PrismaClient, eventId: string, work: () => Promise<T>): Promise<T> {
  let queues = eventQueues.get(prisma);
  if (!queues) eventQueues.set(prisma, (queues = new Map()));
  const previous = queues.get(eventId) ?? Promise.resolve();
  const run = previous.then(work, work);
  const tail = run.catch(() => undefined);
  queues.set(eventId, tail);
  void tail.then(() => {
    if (queues.get(eventId) === tail) queues.delete(eventId);
  });
  return run;
}

export type RegistrationOptions = {
  prisma?: PrismaClient;
  now?: Date;
  minFillSeconds?: number;
  rateLimitPerHour?: number;
  mailDelivery?: MailDelivery;
};

/** Is the event open for registrations at `now`: enabled, before its deadline and its start. */
export function registrationOpen(event: { registrationEnabled: boolean; registrationDeadline: Date | null; startsAt: Date; published: boolean }, now: Date): boolean {
  if (!event.registrationEnabled || !event.published) return false;
  const closesAt = event.registrationDeadline && event.registrationDeadline < event.startsAt ? event.registrationDeadline : event.startsAt;
  return now < closesAt;
}

/** The status a new registration gets when `taken` places are held. */
export function statusForNew(event: { capacity: number | null; requiresApproval: boolean }, taken: number): RegistrationStatus {
  if (event.capacity !== null && taken >= event.capacity) return "WAITING";
  return event.requiresApproval ? "PENDING" : "CONFIRMED";
}

type LockedEvent = MailEvent & { id: string; capacity: number | null; requiresApproval: boolean; registrationEnabled: boolean; registrationDeadline: Date | null; published: boolean };

/** Locks the event's row for the rest of the transaction and reads what the mails and the counting need. */
async function lockEvent(tx: Tx, eventId: string): Promise<LockedEvent | undefined> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "InformationEvent" WHERE "id" = ${eventId}::uuid FOR UPDATE`;
  if (!locked.length) return undefined;
  const e = await tx.informationEvent.findUniqueOrThrow({ where: { id: eventId }, include: { translations: true } });
  return {
    id: e.id,
    slug: e.slug,
    startsAt: e.startsAt,
    endsAt: e.endsAt,
    format: e.format,
    onlineUrl: e.onlineUrl,
    sequence: e.icsSequence,
    capacity: e.capacity,
    requiresApproval: e.requiresApproval,
    registrationEnabled: e.registrationEnabled,
    registrationDeadline: e.registrationDeadline,
    published: e.published,
    texts: Object.fromEntries(e.translations.map((t) => [t.locale, { title: t.title, summary: t.summary, location: t.location }])),
  };
}

async function placesTaken(tx: Tx, eventId: string): Promise<number> {
  return tx.eventRegistration.count({ where: { eventId, status: { in: [...HOLDS_PLACE] } } });
}

const mailRegistrationSelect = { name: true, email: true, locale: true, status: true, cancelToken: true, slot: { select: { startsAt: true, endsAt: true } } } as const;

async function writeMail(tx: Tx, kind: EventMailKind, event: MailEvent, registration: MailRegistration, delivery: MailDelivery, now: Date, extra: MailExtra = {}): Promise<string> {
  return writeOutboxMail(tx, renderEventMail(kind, event, registration, extra), delivery, now);
}

/** Moves the first person on the waiting list up into a freed place, and tells them. Inside the event's lock. */
async function promoteFirstWaiting(tx: Tx, event: LockedEvent, delivery: MailDelivery, now: Date): Promise<string[]> {
  if (event.capacity !== null && (await placesTaken(tx, event.id)) >= event.capacity) return [];
  const first = await tx.eventRegistration.findFirst({ where: { eventId: event.id, status: "WAITING" }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true } });
  if (!first) return [];
  const status = event.requiresApproval ? "PENDING" : "CONFIRMED";
  const moved = await tx.eventRegistration.update({ where: { id: first.id }, data: { status }, select: mailRegistrationSelect });
  return [await writeMail(tx, status === "CONFIRMED" ? "movedUp" : "movedUpPending", event, moved, delivery, now)];
}

export type RegisterInput = {
  eventSlug: string;
  data: RegistrationData;
  /** The signed form token: idempotency key, and when the form was shown. */
  formToken: string;
  formShownAt: Date;
  honeypot?: string | null;
  clientIp: string;
};

export type RegisterResult =
  | { ok: true; status: RegistrationStatus; duplicate: boolean; cancelToken: string | null }
  | { ok: false; reason: "notFound" | "closed" | "tooFast" }
  | { ok: false; reason: "rateLimited"; retryAfterSeconds: number };

export async function registerForEvent(input: RegisterInput, options: RegistrationOptions = {}): Promise<RegisterResult> {
  const prisma = options.prisma ?? db();
  const now = options.now ?? new Date();
  const delivery = options.mailDelivery ?? defaultDelivery();

  // A bot filled the hidden field: it sees a confirmation, nothing is stored.
  if (input.honeypot && input.honeypot.trim() !== "") return { ok: true, status: "CONFIRMED", duplicate: false, cancelToken: null };

  const existing = await prisma.eventRegistration.findUnique({ where: { idempotencyKey: input.formToken }, select: { status: true, cancelToken: true } });
  if (existing) return { ok: true, status: existing.status, duplicate: true, cancelToken: existing.cancelToken };

  const minFill = options.minFillSeconds ?? env.INQUIRY_MIN_FILL_SECONDS;
  if (now.getTime() - input.formShownAt.getTime() < minFill * 1000) return { ok: false, reason: "tooFast" };

  const event = await prisma.informationEvent.findUnique({ where: { slug: input.eventSlug }, select: { id: true } });
  if (!event) return { ok: false, reason: "notFound" };

  const limit = await consumeRateLimit("event-registration", input.clientIp, options.rateLimitPerHour ?? env.EVENT_REGISTRATION_RATE_LIMIT_PER_HOUR);
  if (!limit.allowed) return { ok: false, reason: "rateLimited", retryAfterSeconds: limit.retryAfterSeconds };

  const cancelToken = randomBytes(24).toString("base64url");
  try {
    const outcome = await oneAtATime(prisma, event.id, () => prisma.$transaction(async (tx) => {
      const locked = await lockEvent(tx, event.id);
      if (!locked || !registrationOpen(locked, now)) return { closed: true as const };
      const slotId = input.data.slotId && (await tx.eventTimeSlot.findFirst({ where: { id: input.data.slotId, eventId: locked.id }, select: { id: true } })) ? input.data.slotId : null;
      const status = statusForNew(locked, await placesTaken(tx, locked.id));
      const created = await tx.eventRegistration.create({
        data: {
          eventId: locked.id,
          status,
          name: input.data.name,
          nameLatin: input.data.nameLatin,
          company: input.data.company,
          role: input.data.role,
          email: input.data.email,
          locale: input.data.locale,
          direction: input.data.direction,
          answers: input.data.answers,
          slotId,
          consentVersion: PRIVACY_NOTICE_VERSION,
          consentAt: now,
          idempotencyKey: input.formToken,
          cancelToken,
          createdAt: now,
        },
        select: mailRegistrationSelect,
      });
      const kind: EventMailKind = status === "CONFIRMED" ? "confirmed" : status === "PENDING" ? "pending" : "waiting";
      const mailId = await writeMail(tx, kind, locked, created, delivery, now);
      return { closed: false as const, status, mailIds: [mailId] };
    }, TX_OPTIONS));
    if (outcome.closed) return { ok: false, reason: "closed" };
    handOver(delivery, outcome.mailIds);
    return { ok: true, status: outcome.status, duplicate: false, cancelToken };
  } catch (error) {
    // A double click: the other request stored the same form first.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await prisma.eventRegistration.findUnique({ where: { idempotencyKey: input.formToken }, select: { status: true, cancelToken: true } });
      if (winner) return { ok: true, status: winner.status, duplicate: true, cancelToken: winner.cancelToken };
    }
    throw error;
  }
}

export type CancelResult = { ok: true; alreadyCancelled: boolean } | { ok: false; reason: "notFound" };

/** Cancels through the link in the mails; a freed place goes to the first on the waiting list. */
export async function cancelRegistration(token: string, options: RegistrationOptions = {}): Promise<CancelResult> {
  const prisma = options.prisma ?? db();
  const now = options.now ?? new Date();
  const delivery = options.mailDelivery ?? defaultDelivery();
  if (!/^[A-Za-z0-9_-]{20,64}$/.test(token)) return { ok: false, reason: "notFound" };
  const found = await prisma.eventRegistration.findUnique({ where: { cancelToken: token }, select: { eventId: true, anonymisedAt: true } });
  if (!found || found.anonymisedAt) return { ok: false, reason: "notFound" };
  const outcome = await oneAtATime(prisma, found.eventId, () => prisma.$transaction(async (tx) => {
    const event = (await lockEvent(tx, found.eventId))!;
    const current = await tx.eventRegistration.findUniqueOrThrow({ where: { cancelToken: token }, select: { id: true, status: true } });
    if (current.status === "CANCELLED" || current.status === "DECLINED") return { already: true, mailIds: [] as string[] };
    const cancelled = await tx.eventRegistration.update({ where: { id: current.id }, data: { status: "CANCELLED", cancelledAt: now }, select: mailRegistrationSelect });
    const mailIds = [await writeMail(tx, "cancelled", event, cancelled, delivery, now)];
    if (HOLDS_PLACE.includes(current.status) && event.startsAt > now) mailIds.push(...(await promoteFirstWaiting(tx, event, delivery, now)));
    return { already: false, mailIds };
  }, TX_OPTIONS));
  handOver(delivery, outcome.mailIds);
  return { ok: true, alreadyCancelled: outcome.already };
}

/** The host confirms or declines a PENDING registration (with an optional message); a decline frees the place. */
export async function decideRegistration(registrationId: string, decision: "confirm" | "decline", message: string | null, options: RegistrationOptions = {}): Promise<boolean> {
  const prisma = options.prisma ?? db();
  const now = options.now ?? new Date();
  const delivery = options.mailDelivery ?? defaultDelivery();
  const found = await prisma.eventRegistration.findUnique({ where: { id: registrationId }, select: { eventId: true } });
  if (!found) return false;
  const mailIds = await oneAtATime(prisma, found.eventId, () => prisma.$transaction(async (tx) => {
    const event = (await lockEvent(tx, found.eventId))!;
    const current = await tx.eventRegistration.findUniqueOrThrow({ where: { id: registrationId }, select: { status: true } });
    if (current.status !== "PENDING" && !(decision === "confirm" && current.status === "WAITING")) return undefined;
    if (decision === "confirm") {
      const updated = await tx.eventRegistration.update({ where: { id: registrationId }, data: { status: "CONFIRMED", decisionMessage: message }, select: mailRegistrationSelect });
      return [await writeMail(tx, "confirmed", event, updated, delivery, now)];
    }
    const updated = await tx.eventRegistration.update({ where: { id: registrationId }, data: { status: "DECLINED", decisionMessage: message }, select: mailRegistrationSelect });
    const ids = [await writeMail(tx, "declined", event, updated, delivery, now, { message: message ?? undefined })];
    if (event.startsAt > now) ids.push(...(await promoteFirstWaiting(tx, event, delivery, now)));
    return ids;
  }, TX_OPTIONS));
  if (!mailIds) return false;
  handOver(delivery, mailIds);
  return true;
}

/** Check-in at the door: set or clear. */
export async function setCheckedIn(registrationId: string, checkedIn: boolean, options: RegistrationOptions = {}): Promise<void> {
  const prisma = options.prisma ?? db();
  await prisma.eventRegistration.updateMany({ where: { id: registrationId, status: "CONFIRMED" }, data: { checkedInAt: checkedIn ? (options.now ?? new Date()) : null } });
}

/** "Write to all registrants": one outbox mail per confirmed, pending or waiting registration, each in its own language. */
export async function writeToRegistrants(eventId: string, message: string, options: RegistrationOptions = {}): Promise<number> {
  const prisma = options.prisma ?? db();
  const now = options.now ?? new Date();
  const delivery = options.mailDelivery ?? defaultDelivery();
  const mailIds = await oneAtATime(prisma, eventId, () => prisma.$transaction(async (tx) => {
    const event = await lockEvent(tx, eventId);
    if (!event) return [];
    const recipients = await tx.eventRegistration.findMany({ where: { eventId, status: { in: [...STILL_EXPECTING] }, anonymisedAt: null }, orderBy: { createdAt: "asc" }, select: mailRegistrationSelect });
    const ids: string[] = [];
    for (const r of recipients) ids.push(await writeMail(tx, "hostMessage", event, r, delivery, now, { message }));
    return ids;
  }, TX_OPTIONS));
  handOver(delivery, mailIds);
  return mailIds.length;
}

/** Counts by status for one event (kept after anonymisation). */
export async function registrationCounts(eventId: string, prisma: PrismaClient = db()): Promise<Record<RegistrationStatus, number>> {
  const rows = await prisma.eventRegistration.groupBy({ by: ["status"], where: { eventId }, _count: { _all: true } });
  const counts: Record<RegistrationStatus, number> = { PENDING: 0, CONFIRMED: 0, WAITING: 0, DECLINED: 0, CANCELLED: 0, WITHDRAWN: 0 };
  for (const r of rows) counts[r.status] = r._count._all;
  return counts;
}

/**
 * Changes an event's registration settings under its lock (see lockEvent): `change`
 * writes them; then places the change freed (a larger capacity) go to the waiting
 * list in order, each person told. A smaller capacity takes no place back. Returns
 * how many moved up, or undefined when `change` refused (it returns false).
 */
export async function changeUnderEventLock(eventId: string, change: (tx: Tx) => Promise<boolean>, options: RegistrationOptions = {}): Promise<number | undefined> {
  const prisma = options.prisma ?? db();
  const now = options.now ?? new Date();
  const delivery = options.mailDelivery ?? defaultDelivery();
  const mailIds = await oneAtATime(prisma, eventId, () => prisma.$transaction(async (tx) => {
    if (!(await lockEvent(tx, eventId))) return undefined;
    if (!(await change(tx))) return undefined;
    const event = (await lockEvent(tx, eventId))!;
    const ids: string[] = [];
    if (event.startsAt <= now) return ids;
    for (;;) {
      const moved = await promoteFirstWaiting(tx, event, delivery, now);
      if (!moved.length) return ids;
      ids.push(...moved);
    }
  }, TX_OPTIONS));
  if (!mailIds) return undefined;
  handOver(delivery, mailIds);
  return mailIds.length;
}

/** How many people withdrawing the event now would tell: those still expecting to attend an event that has not started. */
export async function withdrawalAudience(slug: string, now = new Date(), prisma: PrismaClient | Tx = db()): Promise<number> {
  return prisma.eventRegistration.count({ where: { event: { slug, startsAt: { gt: now } }, status: { in: [...STILL_EXPECTING] }, anonymisedAt: null } });
}

/**
 * The event was withdrawn (published with `listed` off, decision 0027): inside the
 * caller's transaction, under the event's lock, every registration still holding a
 * place, waiting or awaiting approval ends as WITHDRAWN and its person gets a mail in
 * their language with the hosts' contact. Only for an event that has not started (an
 * old event taken off the list tells nobody). Claimed by the update under the lock: a
 * second run, in this process or another instance, finds nobody left to tell, and
 * publishing the event again revives nobody. Returns the mails for `handOver` after commit.
 */
export async function withdrawRegistrations(tx: Tx, eventId: string, delivery: MailDelivery, now: Date): Promise<string[]> {
  const event = await lockEvent(tx, eventId);
  if (!event || event.startsAt <= now) return [];
  const where = { eventId, status: { in: [...STILL_EXPECTING] }, anonymisedAt: null };
  const recipients = await tx.eventRegistration.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: { id: true, ...mailRegistrationSelect } });
  if (!recipients.length) return [];
  await tx.eventRegistration.updateMany({ where: { id: { in: recipients.map((r) => r.id) } }, data: { status: "WITHDRAWN", cancelledAt: now } });
  // Those who held a confirmed place have the entry in their calendar: the mail's .ics marks it cancelled under a new SEQUENCE.
  const { icsSequence } = await tx.informationEvent.update({ where: { id: eventId }, data: { icsSequence: { increment: 1 } }, select: { icsSequence: true } });
  const hostSlug = (await tx.informationEvent.findUniqueOrThrow({ where: { id: eventId }, select: { hostSlug: true } })).hostSlug ?? GATEWAY_SLUG;
  const host =
    (await tx.organisation.findUnique({ where: { slug: hostSlug }, select: { id: true, slug: true, shortName: true, email: true, phone: true, website: true } })) ??
    (await tx.organisation.findUnique({ where: { slug: GATEWAY_SLUG }, select: { id: true, slug: true, shortName: true, email: true, phone: true, website: true } }));
  const labels = await organisationLabelsByLocale(tx);
  const ids: string[] = [];
  for (const r of recipients) {
    const contact = host ? { name: labels[isLocale(r.locale) ? r.locale : "de"].organisation(host), email: host.email, phone: host.phone, website: host.website } : undefined;
    ids.push(await writeMail(tx, "withdrawn", { ...event, sequence: icsSequence }, { ...r, status: "WITHDRAWN" }, delivery, now, { contact, cancelCalendar: r.status === "CONFIRMED" }));
  }
  return ids;
}

/** What a published change of an event is compared against: its time, place and access as they were. */
export type EventBeforeChange = { id: string; published: boolean; startsAt: Date; endsAt: Date; format: string; onlineUrl: string | null; locations: Record<string, string> };

/** Locks the event's row (if it exists yet) and reads what `announceChange` compares; in the publishing transaction, before it writes. */
export async function eventBeforeChange(tx: Tx, slug: string): Promise<EventBeforeChange | undefined> {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "InformationEvent" WHERE "slug" = ${slug} FOR UPDATE`;
  if (!locked.length) return undefined;
  const e = await tx.informationEvent.findUniqueOrThrow({ where: { slug }, include: { translations: { select: { locale: true, location: true } } } });
  return { id: e.id, published: e.published, startsAt: e.startsAt, endsAt: e.endsAt, format: e.format, onlineUrl: e.onlineUrl, locations: Object.fromEntries(e.translations.map((t) => [t.locale, t.location])) };
}

/**
 * A published change of a listed event: when its start, end, venue (in any language),
 * format or online link changed, the .ics SEQUENCE goes up by one and everyone still
 * expecting a place in an event still ahead gets one mail in their language with the
 * new details in both zones and the time before; confirmed registrants also get the
 * online link and the .ics with the same UID and the new SEQUENCE, so their calendar
 * updates the entry. Those waiting or awaiting approval learn of the change now, while
 * they can still cancel and free their turn. A moved start re-arms the reminder.
 * Compared under the event's lock against the row as it was: publishing the same
 * content again, or a second instance applying it, finds nothing changed. Returns the
 * mails for `handOver` after commit.
 */
export async function announceChange(tx: Tx, before: EventBeforeChange, delivery: MailDelivery, now: Date): Promise<string[]> {
  const event = await lockEvent(tx, before.id);
  if (!event) return [];
  const timeChanged = event.startsAt.getTime() !== before.startsAt.getTime() || event.endsAt.getTime() !== before.endsAt.getTime();
  const placeChanged = event.format !== before.format || (event.onlineUrl ?? null) !== (before.onlineUrl ?? null) || Object.entries(event.texts).some(([locale, t]) => t.location !== (before.locations[locale] ?? t.location));
  if (!timeChanged && !placeChanged) return [];
  const { icsSequence } = await tx.informationEvent.update({ where: { id: event.id }, data: { icsSequence: { increment: 1 } }, select: { icsSequence: true } });
  if (!before.published || event.startsAt <= now) return [];
  const confirmed = { eventId: event.id, status: "CONFIRMED" as const, anonymisedAt: null };
  if (event.startsAt.getTime() !== before.startsAt.getTime()) await tx.eventRegistration.updateMany({ where: confirmed, data: { reminderSentAt: null } });
  const recipients = await tx.eventRegistration.findMany({
    where: { ...confirmed, status: { in: [...STILL_EXPECTING] } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: mailRegistrationSelect,
  });
  const ids: string[] = [];
  for (const r of recipients) ids.push(await writeMail(tx, "changed", { ...event, sequence: icsSequence }, r, delivery, now, timeChanged ? { previous: { startsAt: before.startsAt, endsAt: before.endsAt } } : {}));
  return ids;
}
