// Staff accounts are created by administrators (and the demo seed), never by sign-up.
import { randomUUID } from "node:crypto";
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

/** Deactivation ends every session of the account at once. */
export async function setStaffActive(prisma: PrismaClient, userId: string, active: boolean) {
  await prisma.$transaction([
    prisma.user.update({ where: { id: userId }, data: { active } }),
    ...(active ? [] : [prisma.session.deleteMany({ where: { userId } })]),
  ]);
}
