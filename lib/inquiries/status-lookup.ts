import "server-only";
// The applicant's status look-up: reference plus e-mail address. A wrong pair
// and an unknown reference give the same answer (undefined), so the look-up
// cannot be used to find out which references exist.
import type { PrismaClient } from "../generated/prisma/client.ts";
import { organisationNames } from "./municipality-names.ts";
import { publicStatus, type PublicStage } from "./public-status.ts";

export type InquiryStatusView = { reference: string; submittedAt: Date; stage: PublicStage; handledBy: string[] };

export async function lookupInquiryStatus(prisma: PrismaClient, reference: string, email: string, locale: string): Promise<InquiryStatusView | undefined> {
  const inquiry = await prisma.inquiry.findFirst({
    where: { reference, contactEmail: { equals: email, mode: "insensitive" }, anonymisedAt: null },
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
