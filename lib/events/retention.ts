// Registrations' own retention (issue #20): EVENT_RETENTION_MONTHS after an event
// ended, each registration's personal data is blanked. The row stays with its
// status, language, direction and check-in, so counts per event and status survive;
// answers to the event's questions go (free text may name a person).
// Not server-only: runRetention (scripts/db.ts) runs it outside Next.js.
import type { PrismaClient } from "../generated/prisma/client.ts";

/** The placeholder that replaces names and addresses. */
export const ANONYMISED = "—";

export async function anonymiseEventRegistrations(prisma: PrismaClient, cutoff: Date, now = new Date()): Promise<number> {
  return prisma.$executeRaw`
    UPDATE "EventRegistration" r SET
      "name" = ${ANONYMISED}, "nameLatin" = NULL, "company" = ${ANONYMISED}, "role" = NULL,
      "email" = ${ANONYMISED}, "answers" = '{}', "decisionMessage" = NULL,
      "cancelToken" = 'anonymised-' || r."id", "idempotencyKey" = 'anonymised-' || r."id",
      "anonymisedAt" = ${now}::timestamptz, "updatedAt" = ${now}::timestamptz
    FROM "InformationEvent" e
    WHERE r."eventId" = e."id" AND r."anonymisedAt" IS NULL AND e."endsAt" < ${cutoff}::timestamptz`;
}

/** Erasure on request (lib/dataprotection/): one person's registrations, by e-mail address compared exactly, case aside. */
export async function anonymiseRegistrationsOf(prisma: PrismaClient, email: string, now = new Date()): Promise<number> {
  return prisma.$executeRaw`
    UPDATE "EventRegistration" r SET
      "name" = ${ANONYMISED}, "nameLatin" = NULL, "company" = ${ANONYMISED}, "role" = NULL,
      "email" = ${ANONYMISED}, "answers" = '{}', "decisionMessage" = NULL,
      "cancelToken" = 'anonymised-' || r."id", "idempotencyKey" = 'anonymised-' || r."id",
      "status" = CASE WHEN r."status" IN ('PENDING', 'WAITING') THEN 'CANCELLED'::"EventRegistrationStatus" ELSE r."status" END,
      "anonymisedAt" = ${now}::timestamptz, "updatedAt" = ${now}::timestamptz
    WHERE lower(r."email") = lower(${email}) AND r."anonymisedAt" IS NULL`;
}
