import "server-only";
// pg-boss on the portal's own PostgreSQL (schema "pgboss"): the job queue that
// carries outbox mails to the SMTP worker. One instance per process.
import { PgBoss } from "pg-boss";
import { connectionConfig } from "../db/connection.ts";
import { env } from "../env.ts";
import { errorText, logger } from "../log.ts";

const log = logger("mail");

export const MAIL_QUEUE = "outbound-mail";

export type MailRetryPolicy = { retryLimit: number; retryDelay: number; retryBackoff: boolean; retryDelayMax?: number };

/** With the default first delay of 30 s: about 10 attempts over roughly 3 hours, then the mail is marked FAILED for staff. */
export const DEFAULT_RETRY: MailRetryPolicy = { retryLimit: 10, retryDelay: env.MAIL_RETRY_DELAY_SECONDS, retryBackoff: true, retryDelayMax: 3_600 };

export type MailJob = { mailId: string };

/** A mail as the features render it and the outbox keeps it: the transport adds nothing but addresses. */
export type RenderedMail = { subject: string; text: string };

type Holder = { boss?: Promise<PgBoss>; url?: string; retry?: MailRetryPolicy };
const holder = ((globalThis as unknown as { portalMailQueue?: Holder }).portalMailQueue ??= {});

async function createBoss(url: string, retry: MailRetryPolicy): Promise<PgBoss> {
  const boss = new PgBoss({ ...connectionConfig(url), max: 4, application_name: "portal-mail", schedule: false });
  boss.on("error", (error) => log.error({ error: errorText(error) }, "queue error"));
  await boss.start();
  const queue = { ...retry, expireInSeconds: 120, policy: "short" as const };
  if (await boss.getQueue(MAIL_QUEUE)) await boss.updateQueue(MAIL_QUEUE, retry);
  else await boss.createQueue(MAIL_QUEUE, queue);
  return boss;
}

/** The process's started pg-boss instance (started on first use). */
export function mailQueue(options: { databaseUrl?: string; retry?: MailRetryPolicy } = {}): Promise<PgBoss> {
  const url = options.databaseUrl ?? env.DATABASE_URL;
  if (!url) return Promise.reject(new Error("DATABASE_URL is not set."));
  if (!holder.boss || holder.url !== url) {
    holder.url = url;
    holder.retry = options.retry ?? DEFAULT_RETRY;
    holder.boss = createBoss(url, holder.retry);
    holder.boss.catch(() => {
      holder.boss = undefined;
    });
  }
  return holder.boss;
}

/** Hands mails to the queue; a mail already waiting there is not queued twice. */
export async function enqueueMails(mailIds: readonly string[], options: { databaseUrl?: string } = {}): Promise<void> {
  if (!mailIds.length) return;
  const boss = await mailQueue(options);
  for (const mailId of mailIds) {
    await boss.send(MAIL_QUEUE, { mailId } satisfies MailJob, { singletonKey: mailId });
  }
}

export async function stopMailQueue(): Promise<void> {
  const pending = holder.boss;
  holder.boss = undefined;
  holder.url = undefined;
  if (pending) await (await pending.catch(() => undefined))?.stop({ graceful: true, timeout: 10_000 });
}
