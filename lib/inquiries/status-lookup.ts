import "server-only";
// The applicant's status look-up: reference plus e-mail address. A wrong pair
// and an unknown reference give the same answer (undefined), so the look-up
// cannot be used to find out which references exist. The address is compared
// exactly, ignoring case (lower() = lower()): never as a LIKE pattern, in which
// "%" and "_" would match other applicants' addresses (issue #14, finding 1).
import type { PrismaClient } from "../generated/prisma/client.ts";
import { organisationNames } from "./municipality-names.ts";
import { publicStatus, type PublicStage } from "./public-status.ts";

export type InquiryStatusView = { reference: string; submittedAt: Date; stage: PublicStage; handledBy: string[] };

export async function lookupInquiryStatus(prisma: PrismaClient, reference: string, email: string, locale: string): Promise<InquiryStatusView | undefined> {
  const [match] = await prisma.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Inquiry"
    WHERE "reference" = ${reference} AND lower("contactEmail") = lower(${email}) AND "anonymisedAt" IS NULL`;
  if (!match) return undefined;
  const inquiry = await prisma.inquiry.findUnique({
    where: { id: match.id },
    select: {
      reference: true,
      submittedAt: true,
      status: true,
      assignments: { select: { state: true, organisation: { select: { slug: true, kind: true } } } },
    },
  });
  if (!inquiry) return undefined;
  const status = publicStatus(inquiry);
  return {
    reference: inquiry.reference,
    submittedAt: inquiry.submittedAt,
    stage: status.stage,
    handledBy: await organisationNames(prisma, status.handledBy, locale),
  };
}
