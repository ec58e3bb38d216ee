import "server-only";
// The translation job on pg-boss (decision 0028): with an engine configured, every minute
// and whenever a text is written (requestTranslation), one sweep across all instances (a
// stately queue: one running, one waiting) plans the missing languages of the cases that
// got texts and translates what is due. An outage or a 429 leaves the rows waiting with
// backoff (lib/translation/store.ts); nothing is lost, the case page says "pending".
import { PgBoss } from "pg-boss";
import { createPrismaClient, db } from "../db/client.ts";
import { connectionConfig } from "../db/connection.ts";
import { env } from "../env.ts";
import type { PrismaClient } from "../generated/prisma/client.ts";
import { errorText, logger } from "../log.ts";
import { engineFrom, type TranslationEngine } from "./engines.ts";
import { casesWithNewTexts, planTranslations, translateDue } from "./store.ts";
import { sourcesAllowedToLeave } from "./texts.ts";

const log = logger("jobs");

export const TRANSLATION_QUEUE = "translations";
/** Cases whose texts changed this long before a sweep are planned again (overlap is harmless: rows exist once). */
const LOOK_BACK_MS = 3 * 60_000;

/** The configured engine of this process, or null (none by default). */
export function configuredEngine(): TranslationEngine | null {
  return engineFrom(env);
}

/** One sweep: plan the cases named and those with new texts, then translate what is due (a few batches). */
export async function runTranslationSweep(prisma: PrismaClient, engine: TranslationEngine, options: { inquiryIds?: string[]; now?: Date; firstDelaySeconds: number; fields: string }) {
  const now = options.now ?? new Date();
  const allowed = sourcesAllowedToLeave(options.fields);
  const cases = new Set([...(options.inquiryIds ?? []), ...(await casesWithNewTexts(prisma, new Date(now.getTime() - LOOK_BACK_MS)))]);
  for (const inquiryId of cases) await planTranslations(prisma, inquiryId, allowed, now);
  let translated = 0;
  for (let batch = 0; batch < 5; batch++) {
    const result = await translateDue(prisma, engine, { firstDelaySeconds: options.firstDelaySeconds });
    translated += result.translated;
    if (result.waiting > 0 || result.translated + result.same + result.failed === 0) return { translated, waiting: result.waiting > 0 };
  }
  return { translated, waiting: false };
}

export type TranslationJob = { boss: PgBoss; stop: () => Promise<void> };

export async function startTranslationJob(options: { databaseUrl: string; engine: TranslationEngine; ownClient?: boolean; cron?: string }): Promise<TranslationJob> {
  const prisma = options.ownClient ? createPrismaClient(options.databaseUrl, 2) : db();
  const boss = new PgBoss({ ...connectionConfig(options.databaseUrl), max: 2, application_name: "portal-translations", schedule: true });
  boss.on("error", (error) => log.error({ job: "translations", error: errorText(error) }, "queue error"));
  await boss.start();
  if (!(await boss.getQueue(TRANSLATION_QUEUE))) {
    await boss.createQueue(TRANSLATION_QUEUE, { policy: "stately", retryLimit: 2, retryDelay: 30, expireInSeconds: 600 });
  }
  await boss.schedule(TRANSLATION_QUEUE, options.cron ?? "* * * * *", {}, { tz: "Europe/Berlin" });
  await boss.work<{ inquiryId?: string }>(TRANSLATION_QUEUE, { pollingIntervalSeconds: 1 }, async ([job]) => {
    const inquiryIds = job?.data?.inquiryId ? [job.data.inquiryId] : [];
    const result = await runTranslationSweep(prisma, options.engine, { inquiryIds, firstDelaySeconds: env.TRANSLATE_RETRY_DELAY_SECONDS, fields: env.TRANSLATE_FIELDS });
    if (result.translated > 0 || result.waiting) log.info({ job: "translations", engine: options.engine.name, translated: result.translated, waiting: result.waiting }, "translation sweep");
    return result;
  });
  return {
    boss,
    stop: async () => {
      await boss.stop({ graceful: true, timeout: 10_000 });
      if (options.ownClient) await prisma.$disconnect();
    },
  };
}

type Holder = { job?: Promise<TranslationJob | undefined> };
const holder = ((globalThis as unknown as { portalTranslationJob?: Holder }).portalTranslationJob ??= {});

/** Starts this process's schedule and worker once (from instrumentation.ts); nothing without an engine. */
export function ensureTranslationJob(): Promise<TranslationJob | undefined> {
  const engine = configuredEngine();
  if (!env.DATABASE_URL || !engine) return Promise.resolve(undefined);
  holder.job ??= startTranslationJob({ databaseUrl: env.DATABASE_URL, engine }).catch((error: unknown) => {
    log.error({ job: "translations", error: errorText(error) }, "job did not start");
    holder.job = undefined;
    return undefined;
  });
  return holder.job;
}

/** A text was written on the case: translate it now rather than at the next minute. Never throws. */
export async function requestTranslation(inquiryId: string): Promise<void> {
  try {
    const job = await ensureTranslationJob();
    await job?.boss.send(TRANSLATION_QUEUE, { inquiryId });
  } catch (error) {
    log.warn({ job: "translations", error: errorText(error) }, "translation not requested");
  }
}
