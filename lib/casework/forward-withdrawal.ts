import "server-only";
// The gateway withdraws a forward that the receiving organisation has not accepted
// yet (issue #17): the assignment becomes WITHDRAWN (the partner loses sight of the
// inquiry at once: lib/casework/staff-access.ts shows only open and closed ones),
// the timeline records it with the reason, and the organisation's staff are told.
import { z } from "zod";
import { can } from "../auth/permissions.ts";
import type { Staff } from "../auth/session.ts";
import { db } from "../db/client.ts";
import { statusFromAssignments } from "../domain/workflow.ts";
import type { Locale } from "../i18n/routing.ts";
import { REFERENCE_PATTERN } from "../inquiries/reference.ts";
import { handOver } from "../mail/outbox.ts";
import { scriptLocale } from "../translation/texts.ts";
import { requestTranslation } from "../translation/job.ts";
import { queueStaffNotice } from "./staff-notices.ts";

export const withdrawInput = z.object({
  reference: z.string().regex(REFERENCE_PATTERN),
  version: z.coerce.number().int().min(0),
  organisationId: z.uuid(),
  reason: z.string().trim().min(3).max(2000),
});
export type WithdrawInput = z.output<typeof withdrawInput>;

export type WithdrawResult = { ok: true } | { ok: false; error: "invalid" | "notFound" | "notAllowed" | "conflict" };

/**
 * `locale`: the language of the form the reason was written in; recorded with the event as
 * the reason's language (decision 0028), unless its kana say it is Japanese.
 */
export async function withdrawForward(staff: Staff, raw: WithdrawInput, options: { now?: Date; locale?: Locale } = {}): Promise<WithdrawResult> {
  const parsed = withdrawInput.safeParse(raw);
  if (!parsed.success) return { ok: false, error: "invalid" };
  if (!can(staff, "inquiry.forward")) return { ok: false, error: "notAllowed" };
  const { reference, version, organisationId, reason } = parsed.data;
  const now = options.now ?? new Date();
  const locale = scriptLocale(reason) ?? options.locale ?? null;
  const outcome = await db().$transaction(async (tx) => {
    const inquiry = await tx.inquiry.findUnique({
      where: { reference },
      include: { assignments: { include: { organisation: { select: { kind: true, shortName: true } } } } },
    });
    if (!inquiry) return { ok: false, error: "notFound" } as const;
    if (inquiry.anonymisedAt || inquiry.status === "CLOSED") return { ok: false, error: "notAllowed" } as const;
    if (inquiry.version !== version) return { ok: false, error: "conflict" } as const;
    // Only a forward to a partner: the gateway's own hold is not a forward.
    const pending = inquiry.assignments.find((a) => a.organisationId === organisationId && a.state === "PENDING" && a.organisation.kind !== "GATEWAY");
    if (!pending) return { ok: false, error: "notAllowed" } as const;
    // The reason is free text about the case; anonymisation clears it (returnReason) and redacts it from the event.
    await tx.assignment.update({ where: { id: pending.id }, data: { state: "WITHDRAWN", closedAt: now, returnReason: reason } });
    pending.state = "WITHDRAWN";
    const partnerStates = inquiry.assignments.filter((a) => a.organisation.kind !== "GATEWAY").map((a) => a.state);
    const status = statusFromAssignments(inquiry.status, partnerStates);
    const { count } = await tx.inquiry.updateMany({ where: { id: inquiry.id, version }, data: { status, version: { increment: 1 } } });
    if (count !== 1) return { ok: false, error: "conflict" } as const;
    const actor = { inquiryId: inquiry.id, actorOrganisationId: staff.organisationId, actorLabel: staff.name, createdAt: now };
    await tx.inquiryEvent.createMany({
      data: [
        { ...actor, type: "WITHDRAWN", targetOrganisationId: organisationId, data: { reason, ...(locale ? { locale } : {}) } },
        ...(status !== inquiry.status ? [{ ...actor, type: "STATUS_CHANGED" as const, data: { from: inquiry.status, to: status } }] : []),
      ],
    });
    const mailIds = await queueStaffNotice(tx, { kind: "withdrawn", organisationId, inquiryId: inquiry.id, reference, reason, now });
    return { ok: true, mailIds, inquiryId: inquiry.id } as const;
  });
  if (!outcome.ok) return outcome;
  // After commit; a mail left QUEUED is picked up by the worker's sweep.
  handOver(outcome.mailIds.delivery, outcome.mailIds.ids);
  // The reason is a text of the case: translated for its readers now rather than at the next sweep.
  void requestTranslation(outcome.inquiryId);
  return { ok: true };
}
