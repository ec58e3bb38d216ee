import "server-only";
// The forward reminders on pg-boss: at FORWARD_REMINDER_CRON (Europe/Berlin, hourly by
// default) one run across all instances (a singleton queue, one schedule) reminds the
// organisations whose forwards became overdue (lib/casework/forward-reminders.ts).
// Like the retention job; a run missed while the portal was down is made up once.
import { PgBoss } from "pg-boss";
import { createPrismaClient, db } from "../db/client.ts";
import { connectionConfig } from "../db/connection.ts";
import { env } from "../env.ts";
import { errorText, logger } from "../log.ts";
import { sendForwardReminders } from "./forward-reminders.ts";

const log = logger("jobs");

export const REMINDER_QUEUE = "forward-reminders";
export const REMINDER_TIME_ZONE = "Europe/Berlin";

export type ReminderJob = { boss: PgBoss; stop: () => Promise<void> };

export async function startForwardReminderJob(options: { databaseUrl: string; days: number; cron: string; ownClient?: boolean }): Promise<ReminderJob> {
  const prisma = options.ownClient ? createPrismaClient(options.databaseUrl, 2) : db();
  const boss = new PgBoss({ ...connectionConfig(options.databaseUrl), max: 2, application_name: "portal-reminders", schedule: true });
  boss.on("error", (error) => log.error({ job: "reminders", error: errorText(error) }, "queue error"));
  await boss.start();
  if (!(await boss.getQueue(REMINDER_QUEUE))) {
    await boss.createQueue(REMINDER_QUEUE, { policy: "singleton", retryLimit: 3, retryDelay: 300, expireInSeconds: 1_800 });
  }
  await boss.schedule(REMINDER_QUEUE, options.cron, null, { tz: REMINDER_TIME_ZONE, missed: "once" });
  await boss.work(REMINDER_QUEUE, async () => {
    const reminded = await sendForwardReminders(prisma, { days: options.days });
    if (reminded > 0) log.info({ job: "reminders", reminded }, "overdue forwards reminded");
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

type Holder = { job?: Promise<ReminderJob | undefined> };
const holder = ((globalThis as unknown as { portalReminderJob?: Holder }).portalReminderJob ??= {});

/** Starts this process's schedule and worker once (from instrumentation.ts). */
export function ensureForwardReminderJob(): Promise<ReminderJob | undefined> {
  if (!env.DATABASE_URL) return Promise.resolve(undefined);
  holder.job ??= startForwardReminderJob({ databaseUrl: env.DATABASE_URL, days: env.FORWARD_ACCEPT_BUSINESS_DAYS, cron: env.FORWARD_REMINDER_CRON }).catch((error: unknown) => {
    log.error({ job: "reminders", error: errorText(error) }, "job did not start");
    holder.job = undefined;
    return undefined;
  });
  return holder.job;
}
