import "server-only";
// Staff invitations: the administrator names the person, role and organisation; the
// account is created without a password, and a single-use link (a random token, of
// which only the SHA-256 hash is stored, in better-auth's Verification table) goes out
// through the mail outbox. The invitee sets the password under the existing policy.
import { createHash, randomBytes, randomUUID } from "node:crypto";
import type { Prisma, PrismaClient, StaffRole } from "../generated/prisma/client.ts";
import { env, publicBaseUrl } from "../env.ts";
import { ExpectedError } from "../expected-error.ts";
import type { Locale } from "../i18n/routing.ts";
import { enqueueMails } from "../mail/queue.ts";
import { renderStaffInvitationMail } from "./invitation-mail.ts";
import { hashPassword, passwordProblem } from "./password.ts";
import { errorText, logger } from "../log.ts";

const log = logger("mail");

export const INVITATION_VALID_HOURS = 72;
export const STAFF_INVITATION_MAIL = "STAFF_INVITATION";
const IDENTIFIER_PREFIX = "staff-invitation:";
const TOKEN_FORMAT = /^[A-Za-z0-9_-]{43}$/;

export type InvitationErrorCode = "emailTaken" | "organisationRequired" | "notInvited";

export class InvitationError extends ExpectedError<InvitationErrorCode> {}

export type NewInvitation = { email: string; name: string; role: StaffRole; organisationId: string | null; locale: Locale };
export type InvitationOptions = { now?: Date; mailDelivery?: "queue" | "outbox" };

function identifierOf(token: string): string {
  return IDENTIFIER_PREFIX + createHash("sha256").update(token).digest("hex");
}

/** Replaces any earlier link of the account with a new one and writes the mail into the outbox. */
async function issueInvitation(
  tx: Prisma.TransactionClient,
  user: { id: string; name: string; email: string },
  locale: Locale,
  now: Date,
  delivery: "queue" | "outbox",
): Promise<string> {
  await tx.verification.deleteMany({ where: { value: user.id, identifier: { startsWith: IDENTIFIER_PREFIX } } });
  const token = randomBytes(32).toString("base64url");
  await tx.verification.create({
    data: { id: randomUUID(), identifier: identifierOf(token), value: user.id, expiresAt: new Date(now.getTime() + INVITATION_VALID_HOURS * 3_600_000), createdAt: now },
  });
  const url = `${publicBaseUrl()}/${locale}/admin/invitation?token=${token}`;
  const mail = renderStaffInvitationMail({ name: user.name, locale, url, validHours: INVITATION_VALID_HOURS });
  const stored = await tx.outboundMail.create({
    data: { kind: STAFF_INVITATION_MAIL, toAddress: user.email, locale, ...mail, status: delivery === "queue" ? "QUEUED" : "OUTBOX", createdAt: now },
    select: { id: true },
  });
  return stored.id;
}

function handOver(delivery: "queue" | "outbox", mailId: string): void {
  if (delivery !== "queue") return;
  // After commit. If this fails the mail stays QUEUED and the worker's sweep sends it.
  void enqueueMails([mailId]).catch((error: unknown) =>
    log.error({ error: errorText(error) }, "could not hand the invitation mail to the queue; the sweep will"),
  );
}

export async function inviteStaff(prisma: PrismaClient, invitation: NewInvitation, options: InvitationOptions = {}): Promise<{ userId: string; mailId: string }> {
  if (invitation.role === "PARTNER" && !invitation.organisationId) throw new InvitationError("organisationRequired");
  const email = invitation.email.trim().toLowerCase();
  if (await prisma.user.findUnique({ where: { email }, select: { id: true } })) throw new InvitationError("emailTaken");
  const now = options.now ?? new Date();
  const delivery = options.mailDelivery ?? (env.SMTP_URL ? "queue" : "outbox");
  const created = await prisma.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { id: randomUUID(), email, name: invitation.name, role: invitation.role, organisationId: invitation.organisationId, emailVerified: false },
    });
    return { userId: user.id, mailId: await issueInvitation(tx, user, invitation.locale, now, delivery) };
  });
  handOver(delivery, created.mailId);
  return created;
}

/** Whether the account still waits for its invitee to set a password. */
export async function isInvitationPending(prisma: PrismaClient | Prisma.TransactionClient, userId: string): Promise<boolean> {
  return !(await prisma.account.findFirst({ where: { userId, providerId: "credential", password: { not: null } }, select: { id: true } }));
}

/** A new link for an account that has not set its password yet, in the language of the last invitation. */
export async function resendInvitation(prisma: PrismaClient, userId: string, options: InvitationOptions = {}): Promise<{ mailId: string }> {
  const user = await prisma.user.findUnique({ where: { id: userId } });
  if (!user || !(await isInvitationPending(prisma, userId))) throw new InvitationError("notInvited");
  const last = await prisma.outboundMail.findFirst({ where: { kind: STAFF_INVITATION_MAIL, toAddress: user.email }, orderBy: { createdAt: "desc" }, select: { locale: true } });
  const locale: Locale = last?.locale === "ja" || last?.locale === "en" ? last.locale : "de";
  const now = options.now ?? new Date();
  const delivery = options.mailDelivery ?? (env.SMTP_URL ? "queue" : "outbox");
  const mailId = await prisma.$transaction((tx) => issueInvitation(tx, user, locale, now, delivery));
  handOver(delivery, mailId);
  return { mailId };
}

export type InvitationLookup = { status: "valid"; userId: string; name: string; email: string } | { status: "unknown" | "expired" };

export async function findInvitation(prisma: PrismaClient, token: string, now = new Date()): Promise<InvitationLookup> {
  if (!TOKEN_FORMAT.test(token)) return { status: "unknown" };
  const row = await prisma.verification.findFirst({ where: { identifier: identifierOf(token) } });
  if (!row) return { status: "unknown" };
  if (row.expiresAt <= now) return { status: "expired" };
  const user = await prisma.user.findUnique({ where: { id: row.value } });
  if (!user || !user.active || !(await isInvitationPending(prisma, user.id))) return { status: "unknown" };
  return { status: "valid", userId: user.id, name: user.name, email: user.email };
}

export type AcceptResult =
  | { ok: true; email: string }
  | { ok: false; error: "unknown" | "expired" | "passwordTooShort" | "passwordTooLong" | "passwordCommon" };

/** Sets the invitee's password and spends the link; a second use finds nothing. */
export async function acceptInvitation(prisma: PrismaClient, token: string, password: string, now = new Date()): Promise<AcceptResult> {
  const found = await findInvitation(prisma, token, now);
  if (found.status !== "valid") return { ok: false, error: found.status };
  const problem = passwordProblem(password);
  if (problem) return { ok: false, error: problem === "tooShort" ? "passwordTooShort" : problem === "tooLong" ? "passwordTooLong" : "passwordCommon" };
  const hash = await hashPassword(password);
  const spent = await prisma.$transaction(async (tx) => {
    // Deleting the row is the claim: of two concurrent uses only one deletes it.
    const claimed = await tx.verification.deleteMany({ where: { identifier: identifierOf(token), expiresAt: { gt: now } } });
    if (claimed.count !== 1 || !(await isInvitationPending(tx, found.userId))) return false;
    await tx.account.create({ data: { id: randomUUID(), accountId: found.userId, providerId: "credential", userId: found.userId, password: hash } });
    await tx.user.update({ where: { id: found.userId }, data: { emailVerified: true } });
    return true;
  });
  return spent ? { ok: true, email: found.email } : { ok: false, error: "unknown" };
}
