import "server-only";
// The event reminders on pg-boss: at EVENT_REMINDER_CRON (Europe/Berlin, every 15
// minutes by default) one run across all instances (a singleton queue, one
// schedule) reminds confirmed registrants of events starting within 24 hours
// (reminders.ts claims each registration once). Shaped like the forward reminders.
import { PgBoss } from "pg-boss";
import { createPrismaClient, db } from "../db/client.ts";
import { connectionConfig } from "../db/connection.ts";
import { env } from "../env.ts";
import { errorText, logger } from "../log.ts";
import { sendEventReminders } from "./reminders.ts";

const log = logger("jobs");

export const EVENT_REMINDER_QUEUE = "event-reminders";

export type EventReminderJob = { boss: PgBoss; stop: () => Promise<void> };

export async function startEventReminderJob(options: { databaseUrl: string; cron: string; ownClient?: boolean }): Promise<EventReminderJob> {
  const prisma = options.ownClient ? createPrismaClient(options.databaseUrl, 2) : db();
  const boss = new PgBoss({ ...connectionConfig(options.databaseUrl), max: 2, application_name: "portal-event-reminders", schedule: true });
  boss.on("error", (error) => log.error({ job: "event-reminders", error: errorText(error) }, "queue error"));
  await boss.start();
  if (!(await boss.getQueue(EVENT_REMINDER_QUEUE))) {
    await boss.createQueue(EVENT_REMINDER_QUEUE, { policy: "singleton", retryLimit: 3, retryDelay: 120, expireInSeconds: 900 });
  }
  await boss.schedule(EVENT_REMINDER_QUEUE, options.cron, null, { tz: "Europe/Berlin", missed: "once" });
  await boss.work(EVENT_REMINDER_QUEUE, async () => {
    const reminded = await sendEventReminders(prisma);
    // Counts only: who was reminded stays out of the log.
    if (reminded > 0) log.info({ job: "event-reminders", reminded }, "event reminders written");
    return { reminded };
  });
  return {
    boss,
    stop: async () => {
      await boss.stop({ graceful: true, timeout: 10_000 });
      if (options.ownClient) await prisma.$disconnect();
    },
  };
}

type Holder = { job?: Promise<EventReminderJob | undefined> };
const holder = ((globalThis as unknown as { portalEventReminderJob?: Holder }).portalEventReminderJob ??= {});

/** Starts this process's schedule and worker once (from instrumentation.ts). */
export function ensureEventReminderJob(): Promise<EventReminderJob | undefined> {
  if (!env.DATABASE_URL) return Promise.resolve(undefined);
  holder.job ??= startEventReminderJob({ databaseUrl: env.DATABASE_URL, cron: env.EVENT_REMINDER_CRON }).catch((error: unknown) => {
    log.error({ job: "event-reminders", error: errorText(error) }, "job did not start");
    holder.job = undefined;
    return undefined;
  });
  return holder.job;
}
