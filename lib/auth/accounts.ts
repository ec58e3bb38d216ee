// Staff accounts are created by administrators (and the demo seed), never by sign-up.
import { randomUUID } from "node:crypto";
import { clearOwnership } from "../casework/owner-release.ts";
import { PARTNER_KINDS } from "../domain/workflow.ts";
import type { PrismaClient, StaffRole } from "../generated/prisma/client.ts";
import { hashPassword, passwordProblem } from "./password.ts";

export type NewStaffAccount = { email: string; name: string; role: StaffRole; organisationId: string | null; password: string };

export class AccountError extends Error {
  constructor(readonly code: "passwordTooShort" | "passwordTooLong" | "passwordCommon" | "emailTaken" | "organisationRequired") {
    super(code);
  }
}

export async function createStaffAccount(prisma: PrismaClient, account: NewStaffAccount) {
  const problem = passwordProblem(account.password);
  if (problem) throw new AccountError(problem === "tooShort" ? "passwordTooShort" : problem === "tooLong" ? "passwordTooLong" : "passwordCommon");
  if (account.role === "PARTNER" && !account.organisationId) throw new AccountError("organisationRequired");
  const email = account.email.trim().toLowerCase();
  if (await prisma.user.findUnique({ where: { email } })) throw new AccountError("emailTaken");
  const id = randomUUID();
  const password = await hashPassword(account.password);
  return prisma.user.create({
    data: {
      id,
      email,
      name: account.name,
      role: account.role,
      organisationId: account.organisationId,
      emailVerified: true,
      accounts: { create: { id: randomUUID(), accountId: id, providerId: "credential", password } },
    },
  });
}

/** Who deactivates an account: their organisation (none for administrators) and name, for the timeline. */
export type AccountActor = { organisationId: string | null; label: string };

/**
 * Deactivation ends every session of the account at once and leaves the cases it
 * owned visibly unassigned (lib/casework/owner-release.ts); reactivation restores no
 * ownership. Returns how many cases lost their owner.
 */
export async function setStaffActive(prisma: PrismaClient, userId: string, active: boolean, actor: AccountActor = { organisationId: null, label: "–" }): Promise<number> {
  return prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { active } });
    if (active) return 0;
    await tx.session.deleteMany({ where: { userId } });
    return clearOwnership(tx, userId, actor);
  });
}

/** Gives or takes back the content editor's grant (lib/auth/permissions.ts); it takes effect with the account's next request. */
export async function setContentEditor(prisma: PrismaClient, userId: string, contentEditor: boolean): Promise<boolean> {
  return (await prisma.user.updateMany({ where: { id: userId }, data: { contentEditor } })).count === 1;
}

/** Every staff account for the administrators' list, active ones first; `accounts` is empty while the invitation is open. */
export function listStaffAccounts(prisma: PrismaClient) {
  return prisma.user.findMany({
    orderBy: [{ active: "desc" }, { email: "asc" }],
    include: { organisation: { select: { id: true, shortName: true } }, accounts: { where: { providerId: "credential", password: { not: null } }, select: { id: true } } },
  });
}

/** The active organisations partner accounts can belong to, by name. */
export function partnerOrganisations(prisma: PrismaClient) {
  return prisma.organisation.findMany({ where: { kind: { in: [...PARTNER_KINDS] }, active: true }, orderBy: { shortName: "asc" } });
}

/** Gateway accounts always belong to NRW.Global Business; partners to the partner organisation named; administrators to none. */
export async function organisationForRole(prisma: PrismaClient, role: StaffRole, organisationId: string | undefined): Promise<string | null> {
  if (role === "GATEWAY") return (await prisma.organisation.findFirst({ where: { kind: "GATEWAY" } }))?.id ?? null;
  if (role === "PARTNER" && organisationId) {
    return (await prisma.organisation.findFirst({ where: { id: organisationId, kind: { in: [...PARTNER_KINDS] } } }))?.id ?? null;
  }
  return null;
}

export async function staffAccountExists(prisma: PrismaClient, userId: string): Promise<boolean> {
  return (await prisma.user.findUnique({ where: { id: userId }, select: { id: true } })) !== null;
}
