"use server";
// Accepting an invitation: the invitee sets a password and is signed in. A public
// endpoint (nobody is signed in yet): it checks the form itself.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { hasLocale } from "next-intl";
import { acceptInvitation } from "./invitations.ts";
import { MAX_PASSWORD_LENGTH } from "./password.ts";
import { signInPath } from "./session.ts";
import { signIn } from "./sign-in.ts";
import { db } from "../db/client.ts";
import { routing } from "../i18n/routing.ts";
import { hasNulByte, isFormData } from "../security/action-input.ts";

export type InvitationState = {
  error?: "mismatch" | "passwordTooShort" | "passwordTooLong" | "passwordCommon" | "unknown" | "expired";
};

export async function acceptInvitationAction(_previous: InvitationState, form: FormData): Promise<InvitationState> {
  if (!isFormData(form)) return { error: "unknown" };
  const locale = String(form.get("locale"));
  if (!hasLocale(routing.locales, locale)) return { error: "unknown" };
  // No invitation token or password of ours holds a NUL byte, and PostgreSQL cannot look one up.
  if (hasNulByte(form)) return { error: "unknown" };
  const token = String(form.get("token") ?? "").slice(0, 100);
  const password = String(form.get("password") ?? "").slice(0, MAX_PASSWORD_LENGTH + 1);
  if (password !== String(form.get("repeat") ?? "")) return { error: "mismatch" };
  const result = await acceptInvitation(db(), token, password);
  if (!result.ok) return { error: result.error };
  // Straight in with the new password; administrators then land on the two-factor set-up.
  const signedIn = await signIn({ email: result.email, password }, await headers());
  redirect(signedIn.ok ? `/${locale}/admin` : signInPath(locale));
}
