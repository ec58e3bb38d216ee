// Human-friendly inquiry references: NT-<year>-<five-digit sequence>, gapless per year.
import type { Prisma } from "../generated/prisma/client.ts";

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
 * Takes the next number for the year inside the caller's transaction. The row
 * lock of the upsert serialises concurrent submissions; a rolled-back
 * transaction gives its number back.
 */
export async function allocateReference(tx: Prisma.TransactionClient, at: Date) {
  const year = at.getUTCFullYear();
  const [row] = await tx.$queryRaw<{ last: number }[]>`
    INSERT INTO "ReferenceCounter" ("year", "last") VALUES (${year}, 1)
    ON CONFLICT ("year") DO UPDATE SET "last" = "ReferenceCounter"."last" + 1
    RETURNING "last"`;
  const seq = row!.last;
  return { reference: formatReference(year, seq), referenceYear: year, referenceSeq: seq };
}
