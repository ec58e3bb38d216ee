import "server-only";
// The mail worker: delivers outbox rows handed to pg-boss and, once a minute,
// hands back rows whose job was lost (a crash between commit and enqueue, a
// lapsed claim). Started once per server process from instrumentation.ts.
import type { Transporter } from "nodemailer";
import { createPrismaClient, db } from "../db/client.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { env } from "../env.ts";
import { createSmtpTransport, deliverMail } from "./deliver.ts";
import { DEFAULT_RETRY, enqueueMails, MAIL_QUEUE, mailQueue, stopMailQueue, type MailJob, type MailRetryPolicy } from "./queue.ts";
import { errorText, logger } from "../log.ts";

const log = logger("mail");

export type MailWorkerOptions = {
  smtpUrl: string;
  databaseUrl?: string;
  retry?: MailRetryPolicy;
  pollingIntervalSeconds?: number;
  /** Mails queued longer than this without being sent are handed to the queue again. */
  sweepAfterSeconds?: number;
  sweepIntervalMs?: number;
};

export type MailWorker = { stop: () => Promise<void>; sweep: () => Promise<number> };

/** QUEUED rows older than `olderThanSeconds`, and SENDING rows whose claim lapsed, go back to the queue. */
export async function sweepOutbox(prisma: PrismaClient, olderThanSeconds: number, options: { databaseUrl?: string } = {}): Promise<number> {
  const now = new Date();
  const rows = await prisma.outboundMail.findMany({
    where: {
      OR: [
        { status: "QUEUED", updatedAt: { lt: new Date(now.getTime() - olderThanSeconds * 1000) } },
        { status: "SENDING", lockedUntil: { lt: now } },
      ],
    },
    select: { id: true },
    orderBy: { createdAt: "asc" },
    take: 500,
  });
  await enqueueMails(rows.map((r) => r.id), options);
  return rows.length;
}

export async function startMailWorker(options: MailWorkerOptions): Promise<MailWorker> {
  const retry = options.retry ?? DEFAULT_RETRY;
  const prisma = options.databaseUrl ? createPrismaClient(options.databaseUrl, 3) : db();
  const transport: Transporter = createSmtpTransport(options.smtpUrl);
  const boss = await mailQueue({ databaseUrl: options.databaseUrl, retry });

  await boss.work<MailJob>(
    MAIL_QUEUE,
    { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 },
    async ([job]) => {
      const mailId = job?.data?.mailId;
      if (!job || typeof mailId !== "string") return;
      await deliverMail(prisma, mailId, { transport, finalAttempt: job.retryCount >= retry.retryLimit });
    },
  );

  const sweep = () => sweepOutbox(prisma, options.sweepAfterSeconds ?? 60, { databaseUrl: options.databaseUrl });
  const runSweep = () =>
    sweep().catch((error: unknown) => log.error({ error: errorText(error) }, "outbox sweep failed"));
  void runSweep();
  const timer = setInterval(runSweep, options.sweepIntervalMs ?? 60_000);
  timer.unref();

  return {
    sweep,
    stop: async () => {
      clearInterval(timer);
      await boss.offWork(MAIL_QUEUE, { wait: true }).catch(() => undefined);
      await stopMailQueue();
      transport.close();
      if (options.databaseUrl) await prisma.$disconnect();
    },
  };
}

type Holder = { worker?: Promise<MailWorker | undefined> };
const holder = ((globalThis as unknown as { portalMailWorker?: Holder }).portalMailWorker ??= {});

/**
 * Starts this process's worker once, when SMTP is configured. Without SMTP_URL
 * mails stay in the outbox table (status OUTBOX) and no worker runs.
 */
export function ensureMailWorker(): Promise<MailWorker | undefined> {
  if (!env.SMTP_URL || !env.DATABASE_URL) return Promise.resolve(undefined);
  holder.worker ??= startMailWorker({ smtpUrl: env.SMTP_URL }).catch((error: unknown) => {
    log.error({ error: errorText(error) }, "worker did not start");
    holder.worker = undefined;
    return undefined;
  });
  return holder.worker;
}
