"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { hasLocale } from "next-intl";
import { acceptInvitation } from "@/lib/auth/invitations";
import { MAX_PASSWORD_LENGTH } from "@/lib/auth/password";
import { signInPath } from "@/lib/auth/session";
import { signIn } from "@/lib/auth/sign-in";
import { db } from "@/lib/db/client";
import { routing } from "@/lib/i18n/routing";
import { isFormData } from "@/lib/security/action-input";

export type InvitationState = {
  error?: "mismatch" | "passwordTooShort" | "passwordTooLong" | "passwordCommon" | "unknown" | "expired";
};

export async function acceptInvitationAction(_previous: InvitationState, form: FormData): Promise<InvitationState> {
  if (!isFormData(form)) return { error: "unknown" };
  const locale = String(form.get("locale"));
  if (!hasLocale(routing.locales, locale)) return { error: "unknown" };
  const token = String(form.get("token") ?? "").slice(0, 100);
  const password = String(form.get("password") ?? "").slice(0, MAX_PASSWORD_LENGTH + 1);
  if (password !== String(form.get("repeat") ?? "")) return { error: "mismatch" };
  const result = await acceptInvitation(db(), token, password);
  if (!result.ok) return { error: result.error };
  // Straight in with the new password; administrators then land on the two-factor set-up.
  const signedIn = await signIn({ email: result.email, password }, await headers());
  redirect(signedIn.ok ? `/${locale}/admin` : signInPath(locale));
}
