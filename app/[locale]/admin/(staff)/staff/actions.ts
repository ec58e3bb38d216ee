"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { setStaffActive } from "@/lib/auth/accounts";
import { InvitationError, inviteStaff, resendInvitation } from "@/lib/auth/invitations";
import { can } from "@/lib/auth/permissions";
import { getStaff, signInPath } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { routing, type Locale } from "@/lib/i18n/routing";
import { formLocale, isFormData } from "@/lib/security/action-input";


async function requireAdmin(locale: Locale) {
  const staff = await getStaff();
  if (!staff) redirect(signInPath(locale, `/${locale}/admin/staff`));
  if (!can(staff, "staff.manage")) redirect(`/${locale}/admin`);
  return staff;
}

function back(locale: Locale, result: string): never {
  redirect(`/${locale}/admin/staff?result=${result}#result`);
}

const newInvitation = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.email().max(320),
  role: z.enum(["ADMIN", "GATEWAY", "PARTNER"]),
  organisationId: z.uuid().optional(),
  locale: z.enum(routing.locales),
});

/** Gateway accounts always belong to NRW.Global Business; administrators to no organisation. */
async function organisationFor(role: "ADMIN" | "GATEWAY" | "PARTNER", organisationId: string | undefined): Promise<string | null> {
  if (role === "GATEWAY") return (await db().organisation.findFirst({ where: { kind: "GATEWAY" } }))?.id ?? null;
  if (role === "PARTNER" && organisationId) {
    return (await db().organisation.findFirst({ where: { id: organisationId, kind: { in: ["MUNICIPALITY", "TOKYO_PARTNER"] } } }))?.id ?? null;
  }
  return null;
}

export async function inviteStaffAction(form: FormData): Promise<void> {
  if (!isFormData(form)) return;
  const locale = formLocale(form);
  await requireAdmin(locale);
  const parsed = newInvitation.safeParse({
    name: form.get("name"),
    email: String(form.get("email") ?? "").trim(),
    role: form.get("role"),
    organisationId: form.get("organisationId") || undefined,
    locale: form.get("inviteLocale"),
  });
  if (!parsed.success) back(locale, "invalid");
  const { organisationId, ...invitation } = parsed.data;
  try {
    await inviteStaff(db(), { ...invitation, organisationId: await organisationFor(invitation.role, organisationId) });
  } catch (error) {
    if (error instanceof InvitationError) back(locale, error.code);
    throw error;
  }
  back(locale, "invited");
}

export async function resendInvitationAction(form: FormData): Promise<void> {
  if (!isFormData(form)) return;
  const locale = formLocale(form);
  await requireAdmin(locale);
  const userId = z.string().min(1).max(100).safeParse(form.get("userId"));
  if (!userId.success) back(locale, "invalid");
  try {
    await resendInvitation(db(), userId.data);
  } catch (error) {
    if (error instanceof InvitationError) back(locale, error.code);
    throw error;
  }
  back(locale, "resent");
}

export async function setActiveAction(form: FormData): Promise<void> {
  if (!isFormData(form)) return;
  const locale = formLocale(form);
  const admin = await requireAdmin(locale);
  const userId = z.string().min(1).max(100).safeParse(form.get("userId"));
  const active = form.get("active") === "true";
  if (!userId.success) back(locale, "invalid");
  if (userId.data === admin.userId && !active) back(locale, "self");
  const user = await db().user.findUnique({ where: { id: userId.data } });
  if (!user) back(locale, "invalid");
  await setStaffActive(db(), userId.data, active);
  back(locale, "updated");
}
