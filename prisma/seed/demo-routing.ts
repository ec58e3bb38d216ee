// Turns the demo applicants into inquiries at different points of the workflow,
// spread over the last ten months, with assignments, a conversation with the
// applicant (demo-conversation.ts) and a consistent timeline.
import type { InquiryStatus, PrismaClient } from "../../lib/generated/prisma/client.ts";
import { GATEWAY_SLUG, TOKYO_PARTNER_SLUG, MUNICIPALITY_SLUGS } from "../../lib/domain/catalog.ts";
import { allocateReference } from "../../lib/inquiries/reference.ts";
import { OUTCOMES } from "../../lib/domain/workflow.ts";
import { PRIVACY_NOTICE_VERSION } from "../../lib/inquiries/schema.ts";
import { FIRST_MESSAGES, FORWARDING_NOTES, PARTNER_MESSAGES, pick, REPLIES } from "./demo-conversation.ts";
import { demoInquirySeeds } from "./demo-inquiries.ts";
import type { DemoInquirySeed } from "./types.ts";

const DAY = 24 * 60 * 60 * 1000;

/** Older inquiries have travelled further through the workflow. */
function statusFor(ageDays: number, index: number): InquiryStatus {
  if (ageDays > 150) return index % 5 === 0 ? "IN_PROGRESS" : "CLOSED";
  if (ageDays > 70) return (["IN_PROGRESS", "ACCEPTED", "CLOSED"] as const)[index % 3]!;
  if (ageDays > 20) return (["FORWARDED", "ACCEPTED", "TRIAGED", "IN_PROGRESS"] as const)[index % 4]!;
  return index % 3 === 0 ? "TRIAGED" : "NEW";
}

function receiverSlug(seed: DemoInquirySeed, index: number): string {
  if (seed.direction === "NRW_TO_TOKYO") return TOKYO_PARTNER_SLUG;
  return seed.preferred[0] ?? MUNICIPALITY_SLUGS[index % MUNICIPALITY_SLUGS.length]!;
}

const ORDER: InquiryStatus[] = ["NEW", "TRIAGED", "FORWARDED", "ACCEPTED", "IN_PROGRESS", "CLOSED"];
const reached = (status: InquiryStatus, step: InquiryStatus) => ORDER.indexOf(status) >= ORDER.indexOf(step);

export async function seedDemoInquiries(prisma: PrismaClient, now: Date): Promise<number> {
  if ((await prisma.inquiry.count()) > 0) return 0;
  const orgs = await prisma.organisation.findMany({ select: { id: true, slug: true } });
  const orgId = new Map(orgs.map((o) => [o.slug, o.id]));
  const gatewayId = orgId.get(GATEWAY_SLUG)!;
  const total = demoInquirySeeds.length;

  for (const [index, seed] of demoInquirySeeds.entries()) {
    // Oldest first, so that references grow with the submission date.
    const ageDays = Math.round(((total - index) * 300) / total) - 2;
    const submittedAt = new Date(now.getTime() - ageDays * DAY - (index % 7) * 3_600_000);
    const status = statusFor(ageDays, index);
    const receiverId = orgId.get(receiverSlug(seed, index))!;
    const at = (days: number) => new Date(submittedAt.getTime() + days * DAY);

    await prisma.$transaction(async (tx) => {
      const ref = await allocateReference(tx, submittedAt);
      const { preferred, ...answers } = seed;
      const inquiry = await tx.inquiry.create({
        data: {
          ...ref,
          ...answers,
          status,
          replyLocale: seed.locale,
          privacyNoticeVersion: PRIVACY_NOTICE_VERSION,
          consentedAt: submittedAt,
          submittedAt,
          firstResponseAt: reached(status, "TRIAGED") ? at(1 + (index % 4)) : null,
          closedAt: status === "CLOSED" ? at(45) : null,
          outcome: status === "CLOSED" ? OUTCOMES[index % OUTCOMES.length] : null,
          preferences: { create: preferred.map((slug) => ({ organisationId: orgId.get(slug)! })) },
        },
      });

      const closed = status === "CLOSED";
      await tx.assignment.create({
        data: {
          inquiryId: inquiry.id,
          organisationId: gatewayId,
          state: closed ? "CLOSED" : reached(status, "TRIAGED") ? "ACCEPTED" : "PENDING",
          assignedAt: submittedAt,
          respondedAt: reached(status, "TRIAGED") ? at(1 + (index % 4)) : null,
          closedAt: closed ? at(45) : null,
        },
      });
      if (reached(status, "FORWARDED")) {
        await tx.assignment.create({
          data: {
            inquiryId: inquiry.id,
            organisationId: receiverId,
            state: closed ? "CLOSED" : reached(status, "ACCEPTED") ? "ACCEPTED" : "PENDING",
            note: pick(FORWARDING_NOTES, index),
            assignedAt: at(6),
            respondedAt: reached(status, "ACCEPTED") ? at(8) : null,
            closedAt: closed ? at(45) : null,
          },
        });
      }

      const events: { type: "SUBMITTED" | "ROUTED_TO_GATEWAY" | "TRIAGED" | "FORWARDED" | "ACCEPTED" | "STATUS_CHANGED" | "CLOSED" | "MESSAGE_SENT" | "REPLY_RECEIVED"; createdAt: Date; actorOrganisationId?: string; targetOrganisationId?: string; data?: object }[] = [
        { type: "SUBMITTED", createdAt: submittedAt },
        { type: "ROUTED_TO_GATEWAY", createdAt: submittedAt, targetOrganisationId: gatewayId },
      ];
      if (reached(status, "TRIAGED")) events.push({ type: "TRIAGED", createdAt: at(1 + (index % 4)), actorOrganisationId: gatewayId });
      if (reached(status, "FORWARDED")) events.push({ type: "FORWARDED", createdAt: at(6), actorOrganisationId: gatewayId, targetOrganisationId: receiverId });
      if (reached(status, "ACCEPTED")) events.push({ type: "ACCEPTED", createdAt: at(8), actorOrganisationId: receiverId });
      if (reached(status, "IN_PROGRESS")) events.push({ type: "STATUS_CHANGED", createdAt: at(10), actorOrganisationId: receiverId, data: { from: "ACCEPTED", to: "IN_PROGRESS" } });
      if (closed) events.push({ type: "CLOSED", createdAt: at(45), actorOrganisationId: receiverId, data: { outcome: inquiry.outcome } });
      // The conversation: the gateway's first message is the first response; an answer; the partner's message once it accepted.
      const lang = seed.locale;
      const conversation: { direction: "OUTBOUND" | "INBOUND"; organisationId?: string; authorLabel?: string; body: string; createdAt: Date }[] = [];
      if (reached(status, "TRIAGED")) {
        conversation.push({ direction: "OUTBOUND", organisationId: gatewayId, authorLabel: "Greta Gateway", body: pick(FIRST_MESSAGES[lang], index), createdAt: at(1 + (index % 4)) });
        if (index % 2 === 0) conversation.push({ direction: "INBOUND", body: pick(REPLIES[lang], index), createdAt: at(2 + (index % 4)) });
      }
      if (reached(status, "ACCEPTED")) conversation.push({ direction: "OUTBOUND", organisationId: receiverId, authorLabel: "Demo Partner", body: PARTNER_MESSAGES[lang], createdAt: at(9) });
      for (const m of conversation) {
        const message = await tx.inquiryMessage.create({ data: { ...m, inquiryId: inquiry.id, locale: lang } });
        events.push(
          m.direction === "OUTBOUND"
            ? { type: "MESSAGE_SENT", createdAt: m.createdAt, actorOrganisationId: m.organisationId, data: { messageId: message.id } }
            : { type: "REPLY_RECEIVED", createdAt: m.createdAt, data: { messageId: message.id } },
        );
      }
      const last = conversation.at(-1);
      if (last?.direction === "INBOUND" && !closed) await tx.inquiry.update({ where: { id: inquiry.id }, data: { unreadReplyAt: last.createdAt } });
      events.sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime());
      await tx.inquiryEvent.createMany({ data: events.map((e) => ({ ...e, inquiryId: inquiry.id, data: e.data ?? {} })) });
    });
  }
  return total;
}
