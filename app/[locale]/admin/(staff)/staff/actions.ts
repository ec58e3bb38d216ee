"use server";

import { redirect } from "next/navigation";
import { hasLocale } from "next-intl";
import { z } from "zod";
import { AccountError, createStaffAccount, setStaffActive } from "@/lib/auth/accounts";
import { can } from "@/lib/auth/permissions";
import { getStaff, signInPath } from "@/lib/auth/session";
import { db } from "@/lib/db/client";
import { routing, type Locale } from "@/lib/i18n/routing";

function localeOf(form: FormData): Locale {
  const locale = String(form.get("locale"));
  return hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
}

async function requireAdmin(locale: Locale) {
  const staff = await getStaff();
  if (!staff) redirect(signInPath(locale, `/${locale}/admin/staff`));
  if (!can(staff, "staff.manage")) redirect(`/${locale}/admin`);
  return staff;
}

function back(locale: Locale, result: string): never {
  redirect(`/${locale}/admin/staff?result=${result}#result`);
}

const newAccount = z.object({
  name: z.string().trim().min(1).max(200),
  email: z.email().max(320),
  role: z.enum(["ADMIN", "GATEWAY", "PARTNER"]),
  organisationId: z.uuid().optional(),
  password: z.string().min(1).max(1000),
});

export async function createStaffAction(form: FormData): Promise<void> {
  const locale = localeOf(form);
  await requireAdmin(locale);
  const parsed = newAccount.safeParse({
    name: form.get("name"),
    email: String(form.get("email") ?? "").trim(),
    role: form.get("role"),
    organisationId: form.get("organisationId") || undefined,
    password: form.get("password"),
  });
  if (!parsed.success) back(locale, "invalid");
  const { organisationId, ...account } = parsed.data;
  // Gateway accounts always belong to NRW.Global Business; administrators to no organisation.
  const organisation =
    account.role === "GATEWAY"
      ? (await db().organisation.findFirst({ where: { kind: "GATEWAY" } }))?.id ?? null
      : account.role === "PARTNER" && organisationId
        ? (await db().organisation.findFirst({ where: { id: organisationId, kind: { in: ["MUNICIPALITY", "TOKYO_PARTNER"] } } }))?.id ?? null
        : null;
  try {
    await createStaffAccount(db(), { ...account, organisationId: organisation });
  } catch (error) {
    if (error instanceof AccountError) back(locale, error.code);
    throw error;
  }
  back(locale, "created");
}

export async function setActiveAction(form: FormData): Promise<void> {
  const locale = localeOf(form);
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
