"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { hasLocale } from "next-intl";
import { signOut } from "@/lib/auth/sign-in";
import { routing } from "@/lib/i18n/routing";

export async function signOutAction(form: FormData): Promise<void> {
  const locale = String(form.get("locale"));
  await signOut(await headers());
  redirect(`/${hasLocale(routing.locales, locale) ? locale : routing.defaultLocale}/admin/sign-in?signedOut`);
}
