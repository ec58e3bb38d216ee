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
import { defaultDelivery } from "../../mail/outbox.ts";
import { fetchReplies } from "./fetch.ts";

export const REPLY_FETCH_QUEUE = "reply-mail-fetch";
export const REPLY_FETCH_CRON = "* * * * *";

type Holder = { job?: Promise<PgBoss | undefined> };
const holder = ((globalThis as unknown as { portalReplyFetchJob?: Holder }).portalReplyFetchJob ??= {});

/** Starts this process's reply-job schedule and worker once (from instrumentation.ts); nothing without IMAP_URL. */
export function ensureReplyFetchJob(): Promise<PgBoss | undefined> {
  const url = env.DATABASE_URL;
  const imapUrl = env.IMAP_URL;
  const replyAddress = env.REPLY_ADDRESS;
  if (!url || !imapUrl || !replyAddress) return Promise.resolve(undefined);
  holder.job ??= (async () => {
    const boss = new PgBoss({ ...connectionConfig(url), max: 2, application_name: "portal-replies", schedule: true });
    boss.on("error", (error) => console.error("[replies] queue error:", error instanceof Error ? error.message : error));
    await boss.start();
    if (!(await boss.getQueue(REPLY_FETCH_QUEUE))) await boss.createQueue(REPLY_FETCH_QUEUE, { policy: "exclusive", retryLimit: 0, expireInSeconds: 600 });
    await boss.schedule(REPLY_FETCH_QUEUE, REPLY_FETCH_CRON, null, { tz: "Europe/Berlin" });
    await boss.work(REPLY_FETCH_QUEUE, async () => {
      try {
        const report = await fetchReplies(db(), { imapUrl, replyAddress, processedMailbox: env.IMAP_PROCESSED_MAILBOX, delivery: defaultDelivery() });
        if (report.fetched > 0) console.info(`[replies] fetched ${report.fetched} mails: ${report.filed} filed, ${report.unmatched} unmatched, ${report.duplicates} seen before`);
        return report;
      } catch (error) {
        // The message only: an IMAP error names the command, never a mail's content.
        console.error("[replies] run failed:", error instanceof Error ? error.message : error);
        throw error;
      }
    });
    return boss;
  })().catch((error: unknown) => {
    console.error("[replies] job did not start:", error instanceof Error ? error.message : error);
    holder.job = undefined;
    return undefined;
  });
  return holder.job;
}
