// Translations as data (decision 0028): planning which texts need which languages,
// the engine's sweep with backoff, a person's translation, and what a viewer may read.
// A row per text and target language; PENDING rows are the queue, so an engine outage
// loses nothing: the row waits for its next attempt.
//
// Not server-only: the job and the integration tests run it outside Next.js.
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import type { Locale } from "../i18n/routing.ts";
import { EngineError, type TranslationEngine } from "./engines.ts";
import { caseTexts, readerLocales, sourceText, targetsOf, withoutContactData, type TranslationSource } from "./texts.ts";

type Db = PrismaClient | Prisma.TransactionClient;

/** Attempts before a text is given up (FAILED; staff may retry): about a day with the backoff capped at an hour. */
export const MAX_ATTEMPTS = 30;
const MAX_DELAY_SECONDS = 3_600;
/** How long a claimed row is left to the sweep that claimed it before another may take it. */
const CLAIM_SECONDS = 120;

export function backoffSeconds(attempts: number, firstDelaySeconds: number): number {
  return Math.min(MAX_DELAY_SECONDS, firstDelaySeconds * 2 ** Math.max(0, attempts - 1));
}

/**
 * Adds a PENDING row for every text of the case that may leave the portal and lacks a
 * language one of its readers reads. Rows that exist (done, pending, human) are left alone.
 * Returns how many were added.
 */
export async function planTranslations(prisma: Db, inquiryId: string, allowed: ReadonlySet<TranslationSource>, now = new Date()): Promise<number> {
  const [texts, readers] = await Promise.all([caseTexts(prisma, inquiryId), readerLocales(prisma, inquiryId)]);
  const rows = texts
    .filter((t) => allowed.has(t.source))
    .flatMap((t) => targetsOf(t, readers).map((targetLocale) => ({ inquiryId, source: t.source, sourceId: t.sourceId, sourceLocale: t.locale, targetLocale, nextAttemptAt: now })));
  if (!rows.length) return 0;
  const { count } = await prisma.textTranslation.createMany({ data: rows, skipDuplicates: true });
  return count;
}

/** The cases with texts written since `since` (the events that add or change a free text). */
export async function casesWithNewTexts(prisma: Db, since: Date): Promise<string[]> {
  const events = await prisma.inquiryEvent.findMany({
    where: { type: { in: ["SUBMITTED", "FORWARDED", "RETURNED", "WITHDRAWN", "NOTE_ADDED", "CLOSED", "MESSAGE_SENT", "REPLY_RECEIVED", "ACCEPTED"] }, createdAt: { gte: since } },
    select: { inquiryId: true },
    distinct: ["inquiryId"],
    take: 500,
  });
  return events.map((e) => e.inquiryId);
}

export type SweepResult = { translated: number; same: number; failed: number; waiting: number };

/**
 * Translates the rows that are due, oldest first, at most `limit`. An outage or a rate
 * limit puts the row back with a longer wait (and ends this sweep: the engine needs a
 * rest); a refusal marks it FAILED. Each row is claimed first, so two instances never
 * send the same text twice.
 */
export async function translateDue(
  prisma: PrismaClient,
  engine: TranslationEngine,
  options: { now?: Date; limit?: number; firstDelaySeconds: number },
): Promise<SweepResult> {
  const now = options.now ?? new Date();
  const result: SweepResult = { translated: 0, same: 0, failed: 0, waiting: 0 };
  const claimed = await prisma.$queryRaw<{ id: string; inquiryId: string; source: string; sourceId: string; sourceLocale: string | null; targetLocale: string; attempts: number }[]>`
    UPDATE "TextTranslation" SET "nextAttemptAt" = ${new Date(now.getTime() + CLAIM_SECONDS * 1000)}, "updatedAt" = ${now}
    WHERE id IN (
      SELECT id FROM "TextTranslation" WHERE status = 'PENDING' AND "nextAttemptAt" <= ${now}
      ORDER BY "nextAttemptAt", "createdAt" LIMIT ${options.limit ?? 20} FOR UPDATE SKIP LOCKED)
    RETURNING id, "inquiryId", source, "sourceId"::text AS "sourceId", "sourceLocale", "targetLocale", attempts`;
  for (const [index, row] of claimed.entries()) {
    const contact = await prisma.inquiry.findUnique({ where: { id: row.inquiryId }, select: { contactName: true, contactEmail: true, contactPhone: true, contactRole: true, anonymisedAt: true } });
    const original = contact && !contact.anonymisedAt ? await sourceText(prisma, row.source as TranslationSource, row.sourceId) : "";
    if (!contact || !original.trim()) {
      // Blanked (anonymised) or gone: nothing to translate.
      await prisma.textTranslation.update({ where: { id: row.id }, data: { status: "SAME", body: "", lastError: null } });
      result.same++;
      continue;
    }
    try {
      const translated = await engine.translate(withoutContactData(original, contact), row.targetLocale as Locale, (row.sourceLocale as Locale | null) ?? null);
      const same = translated.detected === row.targetLocale;
      await prisma.textTranslation.update({
        where: { id: row.id },
        data: same
          ? { status: "SAME", sourceLocale: translated.detected, body: "", lastError: null }
          : { status: "DONE", kind: "MACHINE", body: translated.text, engine: engine.name, sourceLocale: translated.detected ?? row.sourceLocale, translatedAt: new Date(), attempts: row.attempts + 1, lastError: null },
      });
      if (same) result.same++;
      else result.translated++;
    } catch (error) {
      if (!(error instanceof EngineError)) throw error;
      const attempts = row.attempts + 1;
      const giveUp = !error.retry || attempts >= MAX_ATTEMPTS;
      const wait = Math.max(error.waitSeconds ?? 0, backoffSeconds(attempts, options.firstDelaySeconds));
      await prisma.textTranslation.update({
        where: { id: row.id },
        data: { status: giveUp ? "FAILED" : "PENDING", attempts, lastError: error.message.slice(0, 200), nextAttemptAt: new Date(now.getTime() + wait * 1000) },
      });
      if (giveUp) result.failed++;
      else {
        // The engine is away or wants a rest: the rest of this batch waits for the next sweep.
        const rest = claimed.slice(index + 1).map((r) => r.id);
        if (rest.length) await prisma.textTranslation.updateMany({ where: { id: { in: rest } }, data: { nextAttemptAt: now } });
        result.waiting += 1 + rest.length;
        break;
      }
    }
  }
  return result;
}

/** Staff asked for another attempt: the case's waiting and failed rows are due now. */
export async function retryTranslations(prisma: Db, inquiryId: string, now = new Date()): Promise<number> {
  const { count } = await prisma.textTranslation.updateMany({
    where: { inquiryId, status: { in: ["PENDING", "FAILED"] } },
    data: { status: "PENDING", nextAttemptAt: now, attempts: 0 },
  });
  return count;
}

export type HumanTranslation = {
  inquiryId: string;
  source: TranslationSource;
  sourceId: string;
  targetLocale: Locale;
  body: string;
  translator: { id: string; label: string };
  /** The original's language, when the translator says it. */
  sourceLocale?: Locale | null;
  authored?: boolean;
};

/**
 * A person's translation: new, or their correction of a machine translation, which keeps
 * the engine's name and so reads "machine translation, reviewed by …".
 */
export async function saveHumanTranslation(prisma: Db, input: HumanTranslation, now = new Date()) {
  const fields = {
    status: "DONE" as const, kind: "HUMAN" as const, body: input.body, translatorId: input.translator.id, translatorLabel: input.translator.label,
    translatedAt: now, lastError: null, authored: input.authored ?? false,
  };
  return prisma.textTranslation.upsert({
    where: { source_sourceId_targetLocale: { source: input.source, sourceId: input.sourceId, targetLocale: input.targetLocale } },
    create: { inquiryId: input.inquiryId, source: input.source, sourceId: input.sourceId, targetLocale: input.targetLocale, sourceLocale: input.sourceLocale ?? null, ...fields },
    update: { ...fields, ...(input.sourceLocale ? { sourceLocale: input.sourceLocale } : {}) },
  });
}

/** Anonymisation and erasure: every translation of the case loses its text (and its translator's name). */
export async function blankTranslationsTx(tx: Prisma.TransactionClient, inquiryId: string): Promise<void> {
  await tx.textTranslation.updateMany({
    where: { inquiryId },
    data: { body: "", translatorLabel: null, status: "SAME", lastError: null },
  });
}

export type TranslationRow = Prisma.TextTranslationGetPayload<object>;

/**
 * The translations of the texts a viewer may read, keyed "SOURCE:id": the caller names the
 * sources it loaded for that viewer (lib/casework/staff-detail.ts decides those), so a
 * private note's translation is read exactly by those who read the note.
 */
export async function translationsOf(prisma: Db, inquiryId: string, sources: readonly { source: TranslationSource; sourceId: string }[]): Promise<Map<string, TranslationRow[]>> {
  const map = new Map<string, TranslationRow[]>();
  if (!sources.length) return map;
  const rows = await prisma.textTranslation.findMany({
    where: { inquiryId, OR: sources.map((s) => ({ source: s.source, sourceId: s.sourceId })) },
    orderBy: { targetLocale: "asc" },
  });
  for (const row of rows) {
    const key = `${row.source}:${row.sourceId}`;
    map.set(key, [...(map.get(key) ?? []), row]);
  }
  return map;
}
