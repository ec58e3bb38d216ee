import "server-only";
// The applicant's status look-up: reference plus e-mail address. A wrong pair
// and an unknown reference give the same answer (undefined), so the look-up
// cannot be used to find out which references exist. The address is compared
// exactly, ignoring case (lower() = lower()): never as a LIKE pattern, in which
// "%" and "_" would match other applicants' addresses (issue #14, finding 1).
// A match shows the stage, the steps with their dates, who handles the inquiry with
// their public contact (the organisation's own, never a staff member's) and the
// link to the conversation (issue #16).
import { conversationToken } from "../conversation/token.ts";
import type { Prisma, PrismaClient } from "../generated/prisma/client.ts";
import { organisationNames } from "./municipality-names.ts";
import { publicMilestones, publicStatus, type Milestone, type PublicStage } from "./public-status.ts";

type Db = PrismaClient | Prisma.TransactionClient;

/** An organisation as the applicant may reach it: its public name in their language and its functional contact. */
export type PublicContact = { name: string; email: string | null; phone: string | null; website: string | null };

export type InquiryStatusView = {
  reference: string;
  submittedAt: Date;
  stage: PublicStage;
  handledBy: string[];
  milestones: Milestone[];
  contacts: PublicContact[];
  /** Path of the conversation page below the origin, in the visitor's language. */
  conversationPath: string;
};

/** The public contacts of the organisations handling an inquiry (by slug); none named: the gateway's. */
export async function publicContacts(prisma: Db, slugs: readonly string[], locale: string): Promise<PublicContact[]> {
  const orgs = await prisma.organisation.findMany({
    where: slugs.length ? { slug: { in: [...slugs] } } : { kind: "GATEWAY" },
    orderBy: { slug: "asc" },
    select: { name: true, email: true, phone: true, website: true, municipality: { select: { translations: { where: { locale }, select: { agencyName: true } } } } },
  });
  return orgs.map((o) => ({ name: o.municipality?.translations[0]?.agencyName ?? o.name, email: o.email, phone: o.phone, website: o.website }));
}

/** The steps of an inquiry (from its timeline), with the organisations' names in `locale`. */
export async function inquiryMilestones(prisma: Db, inquiry: { id: string; submittedAt: Date }, locale: string): Promise<Milestone[]> {
  const [events, organisations] = await Promise.all([
    prisma.inquiryEvent.findMany({
      where: { inquiryId: inquiry.id, type: { in: ["FORWARDED", "ACCEPTED", "CLOSED", "REOPENED"] } },
      select: { type: true, createdAt: true, actorOrganisationId: true, targetOrganisationId: true, data: true },
      orderBy: { id: "asc" },
    }),
    prisma.organisation.findMany({ select: { id: true, slug: true, kind: true } }),
  ]);
  const steps = publicMilestones({ submittedAt: inquiry.submittedAt, events }, new Map(organisations.map((o) => [o.id, o])));
  const slugs = [...new Set(steps.flatMap((s) => s.names))];
  const names = new Map(slugs.map((slug, i) => [slug, i]));
  const localised = await organisationNames(prisma, slugs, locale);
  return steps.map((s) => ({ ...s, names: s.names.map((slug) => localised[names.get(slug)!]!) }));
}

export async function lookupInquiryStatus(prisma: PrismaClient, reference: string, email: string, locale: string, now = new Date()): Promise<InquiryStatusView | undefined> {
  const [match] = await prisma.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "Inquiry"
    WHERE "reference" = ${reference} AND lower("contactEmail") = lower(${email}) AND "anonymisedAt" IS NULL`;
  if (!match) return undefined;
  const inquiry = await prisma.inquiry.findUnique({
    where: { id: match.id },
    select: {
      id: true,
      reference: true,
      submittedAt: true,
      status: true,
      contactEmail: true,
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
    milestones: await inquiryMilestones(prisma, inquiry, locale),
    contacts: await publicContacts(prisma, status.handledBy, locale),
    conversationPath: `/${locale}/inquiry/messages/${conversationToken(inquiry.id, inquiry.contactEmail, now)}`,
  };
}
