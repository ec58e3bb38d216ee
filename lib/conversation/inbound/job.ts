import "server-only";
// The reply job on pg-boss: every minute, when IMAP_URL is set, one run of
// fetchReplies across the whole installation. The schedule lives in the database,
// so several instances send one job a minute between them; the queue's policy
// "exclusive" lets at most one job be queued or running, so a slow mailbox never
// piles up runs. A failed run is not retried: the next minute is the retry.
// Logs counts only.
import { PgBoss } from "pg-boss";
import { db } from "../../db/client.ts";
import { connectionConfig } from "../../db/connection.ts";
import { env } from "../../env.ts";
import { defaultDelivery, type MailDelivery } from "../../mail/outbox.ts";
import { errorText, logger } from "../../log.ts";
import { fetchReplies } from "./fetch.ts";

const log = logger("jobs");

export const REPLY_FETCH_QUEUE = "reply-mail-fetch";
export const REPLY_FETCH_CRON = "* * * * *";

export type ReplyFetchJob = { boss: PgBoss; stop: () => Promise<void> };

export type ReplyFetchSettings = {
  databaseUrl: string;
  imapUrl: string;
  replyAddress: string;
  processedMailbox?: string;
  delivery?: MailDelivery;
  /** Tests send jobs themselves and leave the minute schedule out. */
  schedule?: boolean;
};

/** The queue, the minute schedule and this process's worker. */
export async function startReplyFetchJob(settings: ReplyFetchSettings): Promise<ReplyFetchJob> {
  const boss = new PgBoss({ ...connectionConfig(settings.databaseUrl), max: 2, application_name: "portal-replies", schedule: settings.schedule !== false });
  boss.on("error", (error) => log.error({ job: "replies", error: errorText(error) }, "queue error"));
  await boss.start();
  if (!(await boss.getQueue(REPLY_FETCH_QUEUE))) await boss.createQueue(REPLY_FETCH_QUEUE, { policy: "exclusive", retryLimit: 0, expireInSeconds: 600 });
  if (settings.schedule !== false) await boss.schedule(REPLY_FETCH_QUEUE, REPLY_FETCH_CRON, null, { tz: "Europe/Berlin" });
  await boss.work(REPLY_FETCH_QUEUE, async () => {
    try {
      const report = await fetchReplies(db(), {
        imapUrl: settings.imapUrl,
        replyAddress: settings.replyAddress,
        processedMailbox: settings.processedMailbox,
        delivery: settings.delivery ?? defaultDelivery(),
      });
      if (report.fetched > 0) log.info({ job: "replies", ...report }, "reply mails fetched");
      return report;
    } catch (error) {
      // The message only: an IMAP error names the command, never a mail's content.
      log.error({ job: "replies", error: errorText(error) }, "run failed");
      throw error;
    }
  });
  return { boss, stop: () => boss.stop({ graceful: true, timeout: 10_000 }) };
}

type Holder = { job?: Promise<ReplyFetchJob | undefined> };
const holder = ((globalThis as unknown as { portalReplyFetchJob?: Holder }).portalReplyFetchJob ??= {});

/** Starts this process's reply-job schedule and worker once (from instrumentation.ts); nothing without IMAP_URL. */
export function ensureReplyFetchJob(): Promise<ReplyFetchJob | undefined> {
  const { DATABASE_URL: databaseUrl, IMAP_URL: imapUrl, REPLY_ADDRESS: replyAddress } = env;
  if (!databaseUrl || !imapUrl || !replyAddress) return Promise.resolve(undefined);
  holder.job ??= startReplyFetchJob({ databaseUrl, imapUrl, replyAddress, processedMailbox: env.IMAP_PROCESSED_MAILBOX }).catch((error: unknown) => {
    log.error({ job: "replies", error: errorText(error) }, "job did not start");
    holder.job = undefined;
    return undefined;
  });
  return holder.job;
}
