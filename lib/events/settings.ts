import "server-only";
// Saving the host's registration settings (the form: settings-form.ts). Under the
// event's lock, like every change to its places (decision 0029): a larger capacity
// moves waiting registrants up at once. A meeting slot that someone has chosen and
// still holds cannot be removed (their confirmation names it).
import type { PrismaClient } from "../generated/prisma/client.ts";
import { db } from "../db/client.ts";
import type { MailDelivery } from "../mail/outbox.ts";
import { parseQuestions } from "./questions.ts";
import { changeUnderEventLock } from "./registration.ts";
import type { RegistrationSettings, StoredSettings } from "./settings-form.ts";

export type SaveOptions = { prisma?: PrismaClient; now?: Date; mailDelivery?: MailDelivery };

export async function storedSettings(eventId: string, prisma: PrismaClient = db()): Promise<StoredSettings | null> {
  const e = await prisma.informationEvent.findUnique({
    where: { id: eventId },
    select: { capacity: true, requiresApproval: true, registrationDeadline: true, questions: true, slots: { orderBy: [{ startsAt: "asc" }, { id: "asc" }], select: { id: true, startsAt: true, endsAt: true } } },
  });
  return e && { capacity: e.capacity, requiresApproval: e.requiresApproval, registrationDeadline: e.registrationDeadline, questions: parseQuestions(e.questions), slots: e.slots };
}

export type SaveResult = { ok: true; movedUp: number } | { ok: false; slotsInUse: string[] } | { ok: false; notFound: true };

export async function saveRegistrationSettings(eventId: string, settings: RegistrationSettings, options: SaveOptions = {}): Promise<SaveResult> {
  let slotsInUse: string[] = [];
  const movedUp = await changeUnderEventLock(
    eventId,
    async (tx) => {
      const stored = await tx.eventTimeSlot.findMany({ where: { eventId }, select: { id: true } });
      const keep = new Set(settings.slots.flatMap((s) => (s.id ? [s.id] : [])));
      const removed = stored.map((s) => s.id).filter((id) => !keep.has(id));
      const held = await tx.eventRegistration.findMany({ where: { slotId: { in: removed }, status: { in: ["CONFIRMED", "PENDING", "WAITING"] } }, select: { slotId: true }, distinct: ["slotId"] });
      slotsInUse = held.flatMap((r) => (r.slotId ? [r.slotId] : []));
      if (slotsInUse.length) return false;
      await tx.eventTimeSlot.deleteMany({ where: { eventId, id: { in: removed } } });
      const storedIds = new Set(stored.map((s) => s.id));
      for (const slot of settings.slots) {
        if (slot.id && storedIds.has(slot.id)) await tx.eventTimeSlot.update({ where: { id: slot.id }, data: { startsAt: slot.startsAt, endsAt: slot.endsAt } });
        else await tx.eventTimeSlot.create({ data: { eventId, startsAt: slot.startsAt, endsAt: slot.endsAt } });
      }
      await tx.informationEvent.update({
        where: { id: eventId },
        data: { capacity: settings.capacity, requiresApproval: settings.requiresApproval, registrationDeadline: settings.registrationDeadline, questions: settings.questions },
      });
      return true;
    },
    options,
  );
  if (movedUp !== undefined) return { ok: true, movedUp };
  return slotsInUse.length ? { ok: false, slotsInUse } : { ok: false, notFound: true };
}
