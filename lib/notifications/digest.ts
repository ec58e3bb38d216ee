import "server-only";
// The daily digest: every staff member who chose "daily digest" for a kind gets one
// mail a day with all notices that waited for it, then the notices are gone.
// A pg-boss schedule at 07:30 Europe/Berlin runs it, like the retention job.
import { PgBoss } from "pg-boss";
import { db } from "../db/client.ts";
import { connectionConfig } from "../db/connection.ts";
import { env } from "../env.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { defaultDelivery, handOver, writeOutboxMail, type MailDelivery } from "../mail/outbox.ts";
import { recipientLocale } from "./kinds.ts";
import { digestMail } from "./mails.ts";
import { errorText, logger } from "../log.ts";

const log = logger("jobs");

export const DIGEST_MAIL = "STAFF_DIGEST";
export const DIGEST_QUEUE = "notification-digest";
export const DIGEST_CRON = "30 7 * * *";

/** Sends each waiting recipient one mail with all their notices; returns how many mails. Deactivated staff get none, and lose the notices. */
export async function sendDigests(prisma: PrismaClient, options: { now?: Date; delivery?: MailDelivery } = {}): Promise<number> {
  const now = options.now ?? new Date();
  const delivery = options.delivery ?? defaultDelivery();
  const userIds = (await prisma.pendingNotification.findMany({ where: { createdAt: { lte: now } }, distinct: ["userId"], select: { userId: true } })).map((r) => r.userId);
  const mailIds: string[] = [];
  for (const userId of userIds) {
    const id = await prisma.$transaction(async (tx) => {
      const pending = await tx.pendingNotification.findMany({ where: { userId, createdAt: { lte: now } }, orderBy: { id: "asc" } });
      await tx.pendingNotification.deleteMany({ where: { id: { in: pending.map((p) => p.id) } } });
      const user = await tx.user.findUnique({ where: { id: userId }, select: { name: true, email: true, active: true, mailLocale: true, uiLocale: true } });
      if (!user?.active || pending.length === 0) return undefined;
      const locale = recipientLocale(user);
      const mail = digestMail(locale, user.name, pending.map((p) => p.line));
      return writeOutboxMail(tx, { kind: DIGEST_MAIL, toAddress: user.email, locale, ...mail }, delivery, now);
    });
    if (id) mailIds.push(id);
  }
  handOver(delivery, mailIds);
  return mailIds.length;
}

type Holder = { job?: Promise<PgBoss | undefined> };
const holder = ((globalThis as unknown as { portalDigestJob?: Holder }).portalDigestJob ??= {});

/** Starts this process's daily digest schedule and worker once (from instrumentation.ts). */
export function ensureDigestJob(): Promise<PgBoss | undefined> {
  const url = env.DATABASE_URL;
  if (!url) return Promise.resolve(undefined);
  holder.job ??= (async () => {
    const boss = new PgBoss({ ...connectionConfig(url), max: 2, application_name: "portal-digest", schedule: true });
    boss.on("error", (error) => log.error({ job: "digest", error: errorText(error) }, "queue error"));
    await boss.start();
    if (!(await boss.getQueue(DIGEST_QUEUE))) await boss.createQueue(DIGEST_QUEUE, { policy: "singleton", retryLimit: 3, retryDelay: 600, expireInSeconds: 3_600 });
    await boss.schedule(DIGEST_QUEUE, DIGEST_CRON, null, { tz: "Europe/Berlin", missed: "once" });
    await boss.work(DIGEST_QUEUE, async () => {
      const sent = await sendDigests(db());
      log.info({ job: "digest", sent }, "digest mails sent");
    });
    return boss;
  })().catch((error: unknown) => {
    log.error({ job: "digest", error: errorText(error) }, "job did not start");
    holder.job = undefined;
    return undefined;
  });
  return holder.job;
}
