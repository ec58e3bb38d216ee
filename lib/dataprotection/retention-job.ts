import "server-only";
// The daily retention job on pg-boss: at 03:15 Europe/Berlin it anonymises
// inquiries closed longer than RETENTION_MONTHS, closes and anonymises open ones
// without activity for as long, deletes expired drafts and fetched mails older than
// INBOUND_MAIL_RETENTION_DAYS (lib/dataprotection/retention.ts). A run missed while the portal was down is
// made up once at the next start. Logs counts only.
import { PgBoss } from "pg-boss";
import { createPrismaClient, db } from "../db/client.ts";
import { connectionConfig } from "../db/connection.ts";
import { env } from "../env.ts";
import { runRetention } from "./retention.ts";
import { errorText, logger } from "../log.ts";

const log = logger("jobs");

export const RETENTION_QUEUE = "data-retention";
export const RETENTION_CRON = "15 3 * * *";
export const RETENTION_TIME_ZONE = "Europe/Berlin";

export type RetentionJob = { boss: PgBoss; stop: () => Promise<void> };

export async function startRetentionJob(options: { databaseUrl: string; months: number; inboundMailDays?: number; eventMonths?: number; ownClient?: boolean }): Promise<RetentionJob> {
  const prisma = options.ownClient ? createPrismaClient(options.databaseUrl, 2) : db();
  const boss = new PgBoss({ ...connectionConfig(options.databaseUrl), max: 2, application_name: "portal-retention", schedule: true });
  boss.on("error", (error) => log.error({ job: "retention", error: errorText(error) }, "queue error"));
  await boss.start();
  // A singleton queue: never two runs at once, even with several server processes.
  if (!(await boss.getQueue(RETENTION_QUEUE))) {
    await boss.createQueue(RETENTION_QUEUE, { policy: "singleton", retryLimit: 3, retryDelay: 600, expireInSeconds: 3_600 });
  }
  await boss.schedule(RETENTION_QUEUE, RETENTION_CRON, null, { tz: RETENTION_TIME_ZONE, missed: "once" });
  await boss.work(RETENTION_QUEUE, async () => {
    const report = await runRetention(prisma, { months: options.months, inboundMailDays: options.inboundMailDays, eventMonths: options.eventMonths });
    log.info({ job: "retention", anonymised: report.anonymised, closedInactive: report.closedInactive, draftsDeleted: report.draftsDeleted, inboundMailsDeleted: report.inboundMailsDeleted, eventRegistrationsAnonymised: report.eventRegistrationsAnonymised }, "retention run finished");
    return report;
  });
  return {
    boss,
    stop: async () => {
      await boss.stop({ graceful: true, timeout: 10_000 });
      if (options.ownClient) await prisma.$disconnect();
    },
  };
}

type Holder = { job?: Promise<RetentionJob | undefined> };
const holder = ((globalThis as unknown as { portalRetentionJob?: Holder }).portalRetentionJob ??= {});

/** Starts this process's schedule and worker once (from instrumentation.ts). */
export function ensureRetentionJob(): Promise<RetentionJob | undefined> {
  if (!env.DATABASE_URL) return Promise.resolve(undefined);
  holder.job ??= startRetentionJob({ databaseUrl: env.DATABASE_URL, months: env.RETENTION_MONTHS, inboundMailDays: env.INBOUND_MAIL_RETENTION_DAYS, eventMonths: env.EVENT_RETENTION_MONTHS }).catch((error: unknown) => {
    log.error({ job: "retention", error: errorText(error) }, "job did not start");
    holder.job = undefined;
    return undefined;
  });
  return holder.job;
}
