import "server-only";
// A named owner inside each organisation that holds a case (issue #17): "assign to
// me", to an active colleague of the same organisation, or to nobody. Every change
// is an OWNER_CHANGED entry on the timeline; a deactivated account leaves its cases
// unassigned in the deactivation's own transaction (owner-release.ts). Ownership
// belongs to the organisation's assignment, not to the inquiry, so the gateway and
// each partner name their own owner. The inquiry's version is not bumped: naming an
// owner does not change the case, and other forms on the page stay valid; the form
// carries the owner it saw instead, and a change in between is a conflict.
import { z } from "zod";
import { can } from "../auth/permissions.ts";
import type { Staff } from "../auth/session.ts";
import { db } from "../db/client.ts";
import { isOpen, mayAssignOwner } from "../domain/workflow.ts";
import { REFERENCE_PATTERN } from "../inquiries/reference.ts";
import { visibleInquiries } from "./staff-access.ts";

const userId = z.string().min(1).max(100);

/** The owner form: the new owner ("" for nobody) and the owner the form was rendered with ("" for nobody). */
export const ownerInput = z.object({
  reference: z.string().regex(REFERENCE_PATTERN),
  ownerId: z.union([z.literal(""), userId]),
  expectedOwnerId: z.union([z.literal(""), userId]),
});
export type OwnerInput = z.input<typeof ownerInput>;

export type OwnerResult = { ok: true } | { ok: false; error: "invalid" | "notFound" | "notAllowed" | "conflict" | "notColleague" };

/** Active colleagues of the organisation who may own its cases, by name. */
export function colleaguesOf(organisationId: string) {
  return db().user.findMany({
    where: { organisationId, active: true, role: { in: ["GATEWAY", "PARTNER"] } },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}

export async function assignOwner(staff: Staff, raw: OwnerInput, options: { now?: Date } = {}): Promise<OwnerResult> {
  const parsed = ownerInput.safeParse(raw);
  if (!parsed.success) return { ok: false, error: "invalid" };
  const { reference, ownerId, expectedOwnerId } = parsed.data;
  const scope = visibleInquiries(staff);
  if (!scope) return { ok: false, error: "notFound" };
  if (!can(staff, "inquiry.assign") || !staff.organisationId) return { ok: false, error: "notAllowed" };
  const organisationId = staff.organisationId;
  const now = options.now ?? new Date();
  return db().$transaction(async (tx) => {
    const inquiry = await tx.inquiry.findFirst({
      where: { AND: [scope, { reference }] },
      select: { id: true, status: true, anonymisedAt: true, assignments: { where: { organisationId }, select: { id: true, state: true, ownerId: true } } },
    });
    if (!inquiry) return { ok: false, error: "notFound" } as const;
    const own = inquiry.assignments.find((a) => isOpen(a.state));
    if (inquiry.anonymisedAt || !own || !mayAssignOwner(inquiry.status, { role: staff.role, ownAssignment: own.state })) {
      return { ok: false, error: "notAllowed" } as const;
    }
    if ((own.ownerId ?? "") !== expectedOwnerId) return { ok: false, error: "conflict" } as const;
    if ((own.ownerId ?? "") === ownerId) return { ok: true } as const;
    const owner = ownerId
      ? await tx.user.findFirst({ where: { id: ownerId, organisationId, active: true, role: { in: ["GATEWAY", "PARTNER"] } }, select: { id: true, name: true } })
      : null;
    if (ownerId && !owner) return { ok: false, error: "notColleague" } as const;
    const previous = own.ownerId ? await tx.user.findUnique({ where: { id: own.ownerId }, select: { name: true } }) : null;
    // Only if nobody changed it in between (the row lock of the update serialises two clicks).
    const { count } = await tx.assignment.updateMany({ where: { id: own.id, ownerId: own.ownerId }, data: { ownerId: owner?.id ?? null } });
    if (count !== 1) return { ok: false, error: "conflict" } as const;
    await tx.inquiryEvent.create({
      data: {
        inquiryId: inquiry.id,
        type: "OWNER_CHANGED",
        actorOrganisationId: organisationId,
        actorLabel: staff.name,
        targetOrganisationId: organisationId,
        data: { ownerId: owner?.id ?? null, ownerLabel: owner?.name ?? null, previousLabel: previous?.name ?? null },
        createdAt: now,
      },
    });
    return { ok: true } as const;
  });
}
