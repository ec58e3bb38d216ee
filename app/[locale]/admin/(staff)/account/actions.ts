"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { MAX_PASSWORD_LENGTH } from "@/lib/auth/password";
import { accountSecurityPath, getStaff, signInPath } from "@/lib/auth/session";
import { confirmEnrolment, disableTwoFactor, startEnrolment } from "@/lib/auth/two-factor";
import type { Locale } from "@/lib/i18n/routing";
import { formLocale, isFormData } from "@/lib/security/action-input";

// Every staff member manages their own second factor; nobody else's.


async function requireSignedIn(locale: Locale) {
  const staff = await getStaff();
  if (!staff) redirect(signInPath(locale, accountSecurityPath(locale)));
  return staff;
}

function back(locale: Locale, result: string): never {
  redirect(`${accountSecurityPath(locale)}?result=${result}#result`);
}

const password = z.string().min(1).max(MAX_PASSWORD_LENGTH);

export async function startEnrolmentAction(form: FormData): Promise<void> {
  if (!isFormData(form)) return;
  const locale = formLocale(form);
  await requireSignedIn(locale);
  const parsed = password.safeParse(form.get("password"));
  if (!parsed.success) back(locale, "wrongPassword");
  const result = await startEnrolment(parsed.data, await headers());
  back(locale, result.ok ? "started" : result.error);
}

export async function confirmEnrolmentAction(form: FormData): Promise<void> {
  if (!isFormData(form)) return;
  const locale = formLocale(form);
  await requireSignedIn(locale);
  const result = await confirmEnrolment(String(form.get("code") ?? "").slice(0, 20), await headers());
  back(locale, result.ok ? "enabled" : result.error);
}

export async function disableTwoFactorAction(form: FormData): Promise<void> {
  if (!isFormData(form)) return;
  const locale = formLocale(form);
  const staff = await requireSignedIn(locale);
  const parsed = password.safeParse(form.get("password"));
  if (!parsed.success) back(locale, "wrongPassword");
  const result = await disableTwoFactor(staff, parsed.data, await headers());
  back(locale, result.ok ? "disabled" : result.error);
}
