// A deactivated account owns nothing (issue #17): every assignment it owned becomes
// unassigned, each with an OWNER_CHANGED entry on its case's timeline, in the
// deactivation's own transaction (lib/auth/accounts.ts). Not server-only: the
// account functions also run in scripts.
import type { Prisma } from "../generated/prisma/client.ts";

type Tx = Prisma.TransactionClient;

/** Clears `userId`'s ownerships; returns how many assignments it owned. */
export async function clearOwnership(tx: Tx, userId: string, actor: { organisationId: string | null; label: string }, now = new Date()): Promise<number> {
  const owned = await tx.assignment.findMany({ where: { ownerId: userId }, select: { id: true, inquiryId: true, organisationId: true, owner: { select: { name: true } } } });
  if (owned.length === 0) return 0;
  await tx.assignment.updateMany({ where: { id: { in: owned.map((a) => a.id) } }, data: { ownerId: null } });
  await tx.inquiryEvent.createMany({
    data: owned.map((a) => ({
      inquiryId: a.inquiryId,
      type: "OWNER_CHANGED" as const,
      actorOrganisationId: actor.organisationId,
      actorLabel: actor.label,
      targetOrganisationId: a.organisationId,
      data: { ownerId: null, ownerLabel: null, previousLabel: a.owner?.name ?? null, reason: "deactivated" },
      createdAt: now,
    })),
  });
  return owned.length;
}
