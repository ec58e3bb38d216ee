"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { hasLocale } from "next-intl";
import { signOut } from "@/lib/auth/sign-in";
import { routing } from "@/lib/i18n/routing";
import { isFormData } from "@/lib/security/action-input";

export async function signOutAction(form: FormData): Promise<void> {
  if (!isFormData(form)) return;
  const locale = String(form.get("locale"));
  await signOut(await headers());
  redirect(`/${hasLocale(routing.locales, locale) ? locale : routing.defaultLocale}/admin/sign-in?signedOut`);
}
