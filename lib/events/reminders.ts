import "server-only";
// Reminders 24 hours before an event, to confirmed registrants. Each registration
// is claimed in the statement that marks it (UPDATE … WHERE "reminderSentAt" IS NULL
// … RETURNING), in the transaction that writes its mail: two workers running at
// once cannot both claim a row, so each reminder is written once.
import type { PrismaClient } from "../generated/prisma/client.ts";
import { defaultDelivery, handOver, writeOutboxMail, type MailDelivery } from "../mail/outbox.ts";
import { renderEventMail, type MailEvent } from "./mails.ts";

export const REMINDER_HOURS = 24;

export async function sendEventReminders(prisma: PrismaClient, options: { now?: Date; mailDelivery?: MailDelivery } = {}): Promise<number> {
  const now = options.now ?? new Date();
  const delivery = options.mailDelivery ?? defaultDelivery();
  const until = new Date(now.getTime() + REMINDER_HOURS * 3_600_000);
  const mailIds = await prisma.$transaction(
    async (tx) => {
      const claimed = await tx.$queryRaw<{ id: string; eventId: string }[]>`
        UPDATE "EventRegistration" r SET "reminderSentAt" = ${now}::timestamptz
        FROM "InformationEvent" e
        WHERE r."eventId" = e."id" AND r."status" = 'CONFIRMED' AND r."reminderSentAt" IS NULL AND r."anonymisedAt" IS NULL
          AND e."startsAt" > ${now}::timestamptz AND e."startsAt" <= ${until}::timestamptz
        RETURNING r."id", r."eventId"`;
      if (!claimed.length) return [];
      const events = new Map<string, MailEvent>();
      for (const e of await tx.informationEvent.findMany({ where: { id: { in: [...new Set(claimed.map((c) => c.eventId))] } }, include: { translations: true } })) {
        events.set(e.id, {
          slug: e.slug,
          startsAt: e.startsAt,
          endsAt: e.endsAt,
          format: e.format,
          onlineUrl: e.onlineUrl,
          sequence: e.icsSequence,
          texts: Object.fromEntries(e.translations.map((t) => [t.locale, { title: t.title, summary: t.summary, location: t.location }])),
        });
      }
      const registrations = await tx.eventRegistration.findMany({
        where: { id: { in: claimed.map((c) => c.id) } },
        orderBy: { createdAt: "asc" },
        select: { eventId: true, name: true, email: true, locale: true, status: true, cancelToken: true, slot: { select: { startsAt: true, endsAt: true } } },
      });
      const ids: string[] = [];
      for (const r of registrations) ids.push(await writeOutboxMail(tx, renderEventMail("reminder", events.get(r.eventId)!, r), delivery, now));
      return ids;
    },
    { maxWait: 30_000, timeout: 60_000 },
  );
  handOver(delivery, mailIds);
  return mailIds.length;
}
