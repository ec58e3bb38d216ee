// Human-friendly inquiry references: NT-<year>-<five-digit sequence>, unique and
// increasing per year; a submission that fails after taking its number leaves a
// gap (docs/decisions/0008-inquiry-references.md).
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";

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
 * Takes the next number for the year. Called with the client, not inside a
 * transaction, it is one statement that commits at once: the counter row is
 * locked only for that statement, so concurrent submissions never wait for each
 * other's whole transaction. A number once taken is never handed out again,
 * whether or not the inquiry that took it is stored. Inside a transaction (the
 * seed) the lock lasts until that transaction ends.
 */
export async function allocateReference(client: PrismaClient | Prisma.TransactionClient, at: Date) {
  const year = at.getUTCFullYear();
  const [row] = await client.$queryRaw<{ last: number }[]>`
    INSERT INTO "ReferenceCounter" ("year", "last") VALUES (${year}, 1)
    ON CONFLICT ("year") DO UPDATE SET "last" = "ReferenceCounter"."last" + 1
    RETURNING "last"`;
  const seq = row!.last;
  return { reference: formatReference(year, seq), referenceYear: year, referenceSeq: seq };
}
