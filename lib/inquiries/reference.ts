// Human-friendly inquiry references: NT-<year>-<five-digit sequence>, unique and
// increasing per year; a submission that fails after taking its number leaves a
// gap (docs/decisions/0008-inquiry-references.md).
import { sql } from "../db/client.ts";
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import { TAKE_REFERENCE } from "./submission-statements.ts";

export const REFERENCE_PATTERN = /^NT-(\d{4})-(\d{5,})$/;

export function formatReference(year: number, seq: number): string {
  return `NT-${year}-${String(seq).padStart(5, "0")}`;
}

/** Normalises what an applicant types ("nt 2026 42", "NT-2026-00042 ") to the canonical form. */
export function normaliseReference(input: string): string | undefined {
  const compact = input.trim().toUpperCase().replace(/[\s_–—]+/g, "-");
  const match = /^NT-?(\d{4})-?(\d{1,7})$/.exec(compact);
  if (!match) return undefined;
  return formatReference(Number(match[1]), Number(match[2]));
}

/**
 * Takes the next number for the year inside the caller's transaction (the seed).
 * The counter row stays locked until that transaction ends.
 */
export async function allocateReference(tx: Prisma.TransactionClient, at: Date) {
  const year = at.getUTCFullYear();
  const [row] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "ReferenceCounter" ("year", "last") VALUES (${year}, 1)
    ON CONFLICT ("year") DO UPDATE SET "last" = "ReferenceCounter"."last" + 1
    RETURNING "last"`;
  return referenceOf(year, row!.last);
}

/**
 * Takes the next number for the year for a submission: one statement of its
 * own, outside any transaction, so the counter row is locked only while it
 * runs, and concurrent submissions do not queue behind each other. A number
 * once taken is never handed out again, whether or not its inquiry is stored.
 *
 * Its commit does not wait for the WAL flush (synchronous_commit off for this
 * one statement), which would otherwise hold the row lock for the flush. That
 * is safe: the inquiry that uses the number commits synchronously afterwards,
 * and flushing its commit flushes all earlier WAL, the counter's included. A
 * crash can only lose numbers whose inquiries were never confirmed.
 */
export async function takeReference(prisma: PrismaClient, at: Date) {
  const year = at.getUTCFullYear();
  const [row] = await sql<{ last: number }>(prisma, TAKE_REFERENCE, [year]);
  return referenceOf(year, row!.last);
}

function referenceOf(year: number, seq: number) {
  return { reference: formatReference(year, seq), referenceYear: year, referenceSeq: seq };
}
